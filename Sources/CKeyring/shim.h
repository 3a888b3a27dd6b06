// CKeyring exposes the Linux kernel's key retention service (keyrings(7)) to Swift. It exists because
// glibc has no wrappers for the add_key(2) and keyctl(2) system calls and Swift cannot call the variadic
// syscall(2): each function below is one system call with fixed arguments. Only the `Sodium` target's
// KernelKeyring calls them. Each returns what the system call returns (-1 with errno set on failure).
#ifndef LOGBOEK_CKEYRING_SHIM_H
#define LOGBOEK_CKEYRING_SHIM_H
#include <stddef.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <linux/keyctl.h>

/// add_key(2): adds (or updates) a key of `type` named `description` holding `length` bytes to `keyring`.
static inline long logboek_add_key(const char *type, const char *description, const void *payload, size_t length, int32_t keyring) {
    return syscall(SYS_add_key, type, description, payload, length, keyring);
}

/// keyctl(KEYCTL_GET_KEYRING_ID): the serial of a special keyring (such as KEY_SPEC_SESSION_KEYRING).
static inline long logboek_keyctl_get_keyring_id(int32_t special, int create) {
    return syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, special, create);
}

/// keyctl(KEYCTL_SEARCH): finds a key of `type` named `description` the process possesses through `keyring`.
static inline long logboek_keyctl_search(int32_t keyring, const char *type, const char *description) {
    return syscall(SYS_keyctl, KEYCTL_SEARCH, keyring, type, description, 0);
}

/// keyctl(KEYCTL_READ): copies up to `length` bytes of a key's payload (or a keyring's list of serials).
static inline long logboek_keyctl_read(int32_t key, void *buffer, size_t length) {
    return syscall(SYS_keyctl, KEYCTL_READ, key, buffer, length);
}

/// keyctl(KEYCTL_DESCRIBE): "type;uid;gid;perm;description" of a key, NUL-terminated.
static inline long logboek_keyctl_describe(int32_t key, char *buffer, size_t length) {
    return syscall(SYS_keyctl, KEYCTL_DESCRIBE, key, buffer, length);
}

/// keyctl(KEYCTL_SET_TIMEOUT): the key expires `seconds` from now.
static inline long logboek_keyctl_set_timeout(int32_t key, unsigned int seconds) {
    return syscall(SYS_keyctl, KEYCTL_SET_TIMEOUT, key, seconds);
}

/// keyctl(KEYCTL_SETPERM): sets a key's permission mask.
static inline long logboek_keyctl_setperm(int32_t key, uint32_t permissions) {
    return syscall(SYS_keyctl, KEYCTL_SETPERM, key, permissions);
}

/// keyctl(KEYCTL_INVALIDATE): the key is unusable at once and its payload is destroyed by the kernel.
static inline long logboek_keyctl_invalidate(int32_t key) {
    return syscall(SYS_keyctl, KEYCTL_INVALIDATE, key);
}

/// KEY_SPEC_SESSION_KEYRING, as a constant Swift can import.
static const int32_t logboek_session_keyring = KEY_SPEC_SESSION_KEYRING;

/// KEY_SPEC_USER_SESSION_KEYRING, as a constant Swift can import.
static const int32_t logboek_user_session_keyring = KEY_SPEC_USER_SESSION_KEYRING;

/// The permissions a possessor of a key has with KEY_POS_ALL (view, read, write, search, link, setattr),
/// and nobody else: neither the user, the group nor other processes that do not possess it.
static const uint32_t logboek_possessor_only = 0x3f000000;
#endif
