#ifndef CXXHASH_SHIM_H
#define CXXHASH_SHIM_H

/* xxHash (Debian's libxxhash): XXH3, 128 bits, the checkpoint's seal (docs/checkpoints.md). */
#include <xxhash.h>

#endif
