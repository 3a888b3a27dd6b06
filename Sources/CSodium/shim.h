// CSodium exposes libsodium to Swift. It exists because a Swift system-library target needs a header
// to name in its module map; this one includes <sodium.h> and nothing else, so every libsodium
// symbol Logboek uses is reached through the `Sodium` target's safe wrappers.
#ifndef LOGBOEK_CSODIUM_SHIM_H
#define LOGBOEK_CSODIUM_SHIM_H
#include <sodium.h>
#endif
