#include <zlib.h>

// `inflateInit2` is a macro; Swift cannot call macros, so wrap it.
static inline int claims_inflate_init_gzip(z_stream *stream) {
    // 15 window bits plus 32: detect gzip or zlib headers automatically.
    return inflateInit2(stream, 15 + 32);
}
