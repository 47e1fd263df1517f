#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>

// In Swift 6 `xmlFree` is a global function pointer variable, refused as not concurrency-safe;
// these wrappers call it from C.
static inline void claims_xml_free(void *pointer) { xmlFree(pointer); }

// Silences libxml2's default error printing to stderr for the calling thread.
static void claims_xml_ignore_error(void *context, const char *message, ...) {}
static inline void claims_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, claims_xml_ignore_error);
}
