/* Basic types and macros shared by every freestanding module. */
#ifndef LIB_STDDEF_H
#define LIB_STDDEF_H

#define NULL ((void *) 0)

/* Byte offset of MEMBER within struct or union TYPE. */
#define offsetof(TYPE, MEMBER) __builtin_offsetof (TYPE, MEMBER)

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;

#endif /* lib/stddef.h */
