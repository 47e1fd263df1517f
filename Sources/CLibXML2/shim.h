// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers,
// which clash with the copy Foundation carries. Nothing here touches the ICU fields of libxml2's
// structures (only pointers to them cross into Swift), so the ICU parts are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

// In Swift 6 `xmlFree` is a global function pointer variable, refused as not concurrency-safe;
// these wrappers call it from C.
static inline void claims_xml_free(void *pointer) { xmlFree(pointer); }

// Silences libxml2's default error printing to stderr for the calling thread.
static void claims_xml_ignore_error(void *context, const char *message, ...) {}
static inline void claims_xml_silence(void) {
    xmlSetGenericErrorFunc(NULL, claims_xml_ignore_error);
}
