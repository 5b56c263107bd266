/* Chained hash tables: an array of buckets, each a list of elements.
   The bucket count is a power of two, and an element's bucket comes
   from the top bits of its hash multiplied by a large odd constant, so
   even a weak hash function (one returning page-aligned addresses, say)
   spreads elements over all buckets. */

#include "hash.h"
#include <debug.h>
#include "threads/malloc.h"

/* The table doubles when the average bucket holds more than
   MAX_LOAD elements and halves when it holds fewer than 1 / MIN_LOAD_INV.
   Either resize leaves the load near 1, well away from both limits,
   so resizing costs O(1) amortized per insertion or deletion. */
#define MAX_LOAD 2
#define MIN_LOAD_INV 4

/* A table never has fewer buckets than this. */
#define MIN_BUCKET_BITS 2

/* 2**64 divided by the golden ratio, rounded to odd. */
#define SPREAD_MULTIPLIER 0x9e3779b97f4a7c15UL

static struct hash_elem *
list_to_hash_elem (struct list_elem *elem)
{
  return list_entry (elem, struct hash_elem, list_elem);
}

/* Returns the bucket, out of 2**BITS BUCKETS, for hash value VALUE. */
static struct list *
bucket_for_hash (struct list *buckets, unsigned bits, unsigned value)
{
  return &buckets[((uint64_t) value * SPREAD_MULTIPLIER) >> (64 - bits)];
}

static struct list *
find_bucket (struct hash *hash, const struct hash_elem *elem)
{
  unsigned value = hash->hash (elem, hash->aux);
  return bucket_for_hash (hash->buckets, hash->bucket_bits, value);
}

/* Returns the element of BUCKET equal to ELEM, or NULL. */
static struct hash_elem *
find_in_bucket (struct hash *hash, struct list *bucket,
                const struct hash_elem *elem)
{
  for (struct list_elem *e = list_begin (bucket); e != list_end (bucket);
       e = list_next (e))
    {
      struct hash_elem *candidate = list_to_hash_elem (e);
      if (!hash->less (candidate, elem, hash->aux)
          && !hash->less (elem, candidate, hash->aux))
        return candidate;
    }
  return NULL;
}

/* Allocates an array of 2**BITS empty buckets, or returns NULL if
   memory is short. */
static struct list *
buckets_create (unsigned bits)
{
  size_t count = (size_t) 1 << bits;
  struct list *buckets = malloc (count * sizeof *buckets);

  if (buckets != NULL)
    for (size_t i = 0; i < count; i++)
      list_init (&buckets[i]);
  return buckets;
}

/* Moves every element of HASH into a new array of 2**BITS buckets.
   If the array cannot be allocated, HASH is left as it was. */
static void
resize (struct hash *hash, unsigned bits)
{
  struct list *buckets = buckets_create (bits);

  if (buckets == NULL)
    return;
  for (size_t i = 0; i < hash->bucket_cnt; i++)
    {
      struct list *old = &hash->buckets[i];
      while (!list_empty (old))
        {
          struct list_elem *e = list_pop_front (old);
          struct hash_elem *elem = list_to_hash_elem (e);
          unsigned value = hash->hash (elem, hash->aux);
          list_push_back (bucket_for_hash (buckets, bits, value), e);
        }
    }
  free (hash->buckets);
  hash->buckets = buckets;
  hash->bucket_bits = bits;
  hash->bucket_cnt = (size_t) 1 << bits;
}

/* Grows or shrinks HASH if its load has left the allowed range. */
static void
rebalance (struct hash *hash)
{
  if (hash->elem_cnt > hash->bucket_cnt * MAX_LOAD
      && hash->bucket_bits < 8 * sizeof (size_t) - 2)
    resize (hash, hash->bucket_bits + 1);
  else if (hash->elem_cnt < hash->bucket_cnt / MIN_LOAD_INV
           && hash->bucket_bits > MIN_BUCKET_BITS)
    resize (hash, hash->bucket_bits - 1);
}

/* Initializes HASH as an empty table that hashes with HASH_FUNC and
   compares with LESS_FUNC, both of which receive AUX. Returns false,
   with nothing allocated, if memory for the buckets is short. */
bool
hash_init (struct hash *hash, hash_hash_func *hash_func,
           hash_less_func *less_func, void *aux)
{
  ASSERT (hash != NULL);
  ASSERT (hash_func != NULL && less_func != NULL);

  hash->buckets = buckets_create (MIN_BUCKET_BITS);
  if (hash->buckets == NULL)
    return false;
  hash->elem_cnt = 0;
  hash->bucket_bits = MIN_BUCKET_BITS;
  hash->bucket_cnt = (size_t) 1 << MIN_BUCKET_BITS;
  hash->hash = hash_func;
  hash->less = less_func;
  hash->aux = aux;
  return true;
}

/* Removes every element from HASH. If DESTRUCTOR is not null it is
   called on each element after the element has left the table, so it
   may free the element's object. DESTRUCTOR must not touch HASH. */
void
hash_clear (struct hash *hash, hash_action_func *destructor)
{
  for (size_t i = 0; i < hash->bucket_cnt; i++)
    {
      struct list *bucket = &hash->buckets[i];
      while (!list_empty (bucket))
        {
          struct hash_elem *elem = list_to_hash_elem (list_pop_front (bucket));
          if (destructor != NULL)
            destructor (elem, hash->aux);
        }
    }
  hash->elem_cnt = 0;
}

/* Clears HASH as hash_clear does, if DESTRUCTOR is not null, and frees
   its buckets. HASH must be initialized again before further use. */
void
hash_destroy (struct hash *hash, hash_action_func *destructor)
{
  if (destructor != NULL)
    hash_clear (hash, destructor);
  free (hash->buckets);
  hash->buckets = NULL;
  hash->bucket_cnt = 0;
  hash->elem_cnt = 0;
}

/* Inserts NEW into HASH unless an equal element is already there.
   Returns that equal element, leaving the table unchanged, or NULL
   after inserting NEW. */
struct hash_elem *
hash_insert (struct hash *hash, struct hash_elem *new)
{
  struct list *bucket = find_bucket (hash, new);
  struct hash_elem *old = find_in_bucket (hash, bucket, new);

  if (old == NULL)
    {
      list_push_front (bucket, &new->list_elem);
      hash->elem_cnt++;
      rebalance (hash);
    }
  return old;
}

/* Inserts NEW into HASH, taking out any equal element first. Returns
   the element taken out, or NULL if there was none. */
struct hash_elem *
hash_replace (struct hash *hash, struct hash_elem *new)
{
  struct list *bucket = find_bucket (hash, new);
  struct hash_elem *old = find_in_bucket (hash, bucket, new);

  if (old != NULL)
    list_remove (&old->list_elem);
  else
    hash->elem_cnt++;
  list_push_front (bucket, &new->list_elem);
  if (old == NULL)
    rebalance (hash);
  return old;
}

/* Returns the element of HASH equal to ELEM, or NULL if there is
   none. ELEM itself need not be in the table. */
struct hash_elem *
hash_find (struct hash *hash, struct hash_elem *elem)
{
  return find_in_bucket (hash, find_bucket (hash, elem), elem);
}

/* Removes the element of HASH equal to ELEM and returns it, or returns
   NULL if there is none. The caller then owns the removed element's
   object, to free if need be. */
struct hash_elem *
hash_delete (struct hash *hash, struct hash_elem *elem)
{
  struct hash_elem *found = hash_find (hash, elem);

  if (found != NULL)
    {
      list_remove (&found->list_elem);
      hash->elem_cnt--;
      rebalance (hash);
    }
  return found;
}

/* Calls ACTION on every element of HASH, in no particular order.
   ACTION must not insert or delete elements. */
void
hash_apply (struct hash *hash, hash_action_func *action)
{
  ASSERT (action != NULL);

  for (size_t i = 0; i < hash->bucket_cnt; i++)
    {
      struct list *bucket = &hash->buckets[i];
      for (struct list_elem *e = list_begin (bucket); e != list_end (bucket);
           e = list_next (e))
        action (list_to_hash_elem (e), hash->aux);
    }
}

/* Places ITERATOR just before the first element of HASH. */
void
hash_first (struct hash_iterator *iterator, struct hash *hash)
{
  ASSERT (iterator != NULL && hash != NULL);

  iterator->hash = hash;
  iterator->bucket = hash->buckets;
  iterator->elem = list_head (iterator->bucket);
}

/* Advances ITERATOR to the next element of its table and returns it,
   or returns NULL if there are no more. Once it has returned NULL it
   keeps doing so. */
struct hash_elem *
hash_next (struct hash_iterator *iterator)
{
  struct list *last = iterator->hash->buckets + iterator->hash->bucket_cnt - 1;

  if (iterator->elem == NULL)
    return NULL;
  iterator->elem = list_next (iterator->elem);
  while (iterator->elem == list_end (iterator->bucket))
    {
      if (iterator->bucket == last)
        {
          iterator->elem = NULL;
          return NULL;
        }
      iterator->bucket++;
      iterator->elem = list_begin (iterator->bucket);
    }
  return list_to_hash_elem (iterator->elem);
}

/* Returns the element ITERATOR is at: the one hash_next last returned,
   or NULL after the end. */
struct hash_elem *
hash_cur (struct hash_iterator *iterator)
{
  return iterator->elem != NULL ? list_to_hash_elem (iterator->elem) : NULL;
}

size_t
hash_size (struct hash *hash)
{
  return hash->elem_cnt;
}

bool
hash_empty (struct hash *hash)
{
  return hash->elem_cnt == 0;
}

/* FNV-1a, 64-bit: start from a fixed basis and, for each byte, mix it
   in with XOR then multiply by a prime. */
#define FNV_BASIS 0xcbf29ce484222325UL
#define FNV_PRIME 0x100000001b3UL

/* Folds a 64-bit hash to the width of unsigned, keeping all its bits
   in play. */
static unsigned
fold (uint64_t value)
{
  return (unsigned) (value ^ (value >> 32));
}

/* Returns a hash of the SIZE bytes at BUFFER. */
unsigned
hash_bytes (const void *buffer, size_t size)
{
  const uint8_t *bytes = buffer;
  uint64_t value = FNV_BASIS;

  ASSERT (buffer != NULL || size == 0);

  for (; size > 0; size--)
    value = (value ^ *bytes++) * FNV_PRIME;
  return fold (value);
}

/* Returns a hash of the characters of STRING, without its terminator. */
unsigned
hash_string (const char *string)
{
  uint64_t value = FNV_BASIS;

  ASSERT (string != NULL);

  for (; *string != '\0'; string++)
    value = (value ^ (uint8_t) *string) * FNV_PRIME;
  return fold (value);
}

/* Returns a hash of VALUE. */
unsigned
hash_int (int value)
{
  return hash_bytes (&value, sizeof value);
}
