/* Chained hash tables over elements embedded in the caller's objects.

   Like a list, a hash table links struct hash_elem members that live
   inside the caller's structures, and hash_entry recovers the
   containing object. The caller supplies two functions: one hashes an
   element's key, the other orders two keys. Two elements are equal
   when neither is less than the other; a table never holds two equal
   elements. To look an object up, fill in the key of a scratch object
   and pass its element to hash_find:

       struct page { void *va; struct hash_elem elem; ... };
       struct page probe = { .va = va };
       struct hash_elem *e = hash_find (&spt->pages, &probe.elem);

   The table grows and shrinks with its contents to keep lookups
   expected O(1). Growth allocates with malloc; if that fails the table
   stays at its old size and keeps working, only slower. Tables do no
   locking; their owner says what guards them. */
#ifndef LIB_KERNEL_HASH_H
#define LIB_KERNEL_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "list.h"

/* A hash table element, to embed in the objects kept in a table. */
struct hash_elem
  {
    struct list_elem list_elem;     /* Link in its bucket's list. */
  };

/* Converts HASH_ELEM, a pointer to the hash_elem named MEMBER inside a
   STRUCT, to a pointer to that STRUCT. */
#define hash_entry(HASH_ELEM, STRUCT, MEMBER)                           \
  ((STRUCT *) ((uint8_t *) (1 ? (HASH_ELEM) : &((STRUCT *) 0)->MEMBER)   \
               - offsetof (STRUCT, MEMBER)))

/* Returns a hash of ELEM's key. Equal elements must hash equally. */
typedef unsigned hash_hash_func (const struct hash_elem *elem, void *aux);

/* Returns true if A's key is less than B's. */
typedef bool hash_less_func (const struct hash_elem *a,
                             const struct hash_elem *b, void *aux);

/* Does something to ELEM, for hash_apply, hash_clear, hash_destroy. */
typedef void hash_action_func (struct hash_elem *elem, void *aux);

/* A hash table. Its members are private to hash.c. */
struct hash
  {
    size_t elem_cnt;            /* Number of elements in the table. */
    size_t bucket_cnt;          /* Number of buckets, a power of 2. */
    unsigned bucket_bits;       /* log2 (bucket_cnt). */
    struct list *buckets;       /* Array of BUCKET_CNT lists. */
    hash_hash_func *hash;       /* Hashes an element's key. */
    hash_less_func *less;       /* Orders two keys. */
    void *aux;                  /* Passed to HASH and LESS. */
  };

/* A position in a walk over a table. The members are private. */
struct hash_iterator
  {
    struct hash *hash;          /* The table walked. */
    struct list *bucket;        /* Bucket of ELEM. */
    struct list_elem *elem;     /* Current element, or a bucket's head
                                   before the first, or null at the end. */
  };

/* Setting up and tearing down. */
bool hash_init (struct hash *hash, hash_hash_func *hash_func,
                hash_less_func *less_func, void *aux);
void hash_clear (struct hash *hash, hash_action_func *destructor);
void hash_destroy (struct hash *hash, hash_action_func *destructor);

/* Search, insertion, deletion. */
struct hash_elem *hash_insert (struct hash *hash, struct hash_elem *new);
struct hash_elem *hash_replace (struct hash *hash, struct hash_elem *new);
struct hash_elem *hash_find (struct hash *hash, struct hash_elem *elem);
struct hash_elem *hash_delete (struct hash *hash, struct hash_elem *elem);

/* Visiting every element, in no particular order:

       struct hash_iterator i;
       hash_first (&i, table);
       while (hash_next (&i))
         {
           struct page *p = hash_entry (hash_cur (&i), struct page, elem);
           ...
         }

   Inserting, deleting, replacing or clearing during a walk ends the
   walk: the iterator may not be used afterwards. hash_apply likewise
   must not modify the table from its action. */
void hash_apply (struct hash *hash, hash_action_func *action);
void hash_first (struct hash_iterator *iterator, struct hash *hash);
struct hash_elem *hash_next (struct hash_iterator *iterator);
struct hash_elem *hash_cur (struct hash_iterator *iterator);

/* Information. */
size_t hash_size (struct hash *hash);
bool hash_empty (struct hash *hash);

/* Ready-made hash functions, for building a hash_hash_func. */
unsigned hash_bytes (const void *buffer, size_t size);
unsigned hash_string (const char *string);
unsigned hash_int (int value);

#endif /* lib/kernel/hash.h */
