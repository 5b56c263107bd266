/* Intrusive doubly linked lists.

   A list links struct list_elem members embedded in the caller's own
   structures, so putting an object on a list never allocates. Each
   list has two sentinel elements, HEAD before the first element and
   TAIL after the last, which makes insertion and removal free of
   special cases: every real element always has a neighbour on both
   sides.

       HEAD <-> e1 <-> e2 <-> ... <-> en <-> TAIL

   list_entry turns an element pointer back into its containing
   object:

       struct waiter { int ticks; struct list_elem elem; };
       struct list waiters = LIST_INITIALIZER (waiters);
       ...
       for (struct list_elem *e = list_begin (&waiters);
            e != list_end (&waiters); e = list_next (e))
         {
           struct waiter *w = list_entry (e, struct waiter, elem);
           ...
         }

   An object may sit on several lists at once through several elements,
   but each element is on at most one list at a time. The lists do no
   locking; the structure that owns a list says what guards it.
   Operations that take a position assert that it is a sensible one. */
#ifndef LIB_KERNEL_LIST_H
#define LIB_KERNEL_LIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A link in a list. Sentinels have one null pointer: HEAD's prev and
   TAIL's next. */
struct list_elem
  {
    struct list_elem *prev;     /* Previous element, or null at HEAD. */
    struct list_elem *next;     /* Next element, or null at TAIL. */
  };

/* A list: just its two sentinels. */
struct list
  {
    struct list_elem head;      /* Before the first element. */
    struct list_elem tail;      /* After the last element. */
  };

/* Converts ELEM, a pointer to the list_elem named MEMBER inside a
   STRUCT, to a pointer to that STRUCT. The unused branch of the
   conditional makes the compiler check that ELEM points to something
   of MEMBER's type. */
#define list_entry(ELEM, STRUCT, MEMBER)                                \
  ((STRUCT *) ((uint8_t *) (1 ? (ELEM) : &((STRUCT *) 0)->MEMBER)        \
               - offsetof (STRUCT, MEMBER)))

/* Static initializer for an empty list called NAME, an alternative to
   list_init:  struct list ready_list = LIST_INITIALIZER (ready_list); */
#define LIST_INITIALIZER(NAME) \
  { { NULL, &(NAME).tail }, { &(NAME).head, NULL } }

void list_init (struct list *list);

/* Traversal. Forward: from list_begin until list_end, by list_next.
   Backward: from list_rbegin until list_rend, by list_prev. */
struct list_elem *list_begin (struct list *list);
struct list_elem *list_next (struct list_elem *elem);
struct list_elem *list_end (struct list *list);
struct list_elem *list_rbegin (struct list *list);
struct list_elem *list_prev (struct list_elem *elem);
struct list_elem *list_rend (struct list *list);
struct list_elem *list_head (struct list *list);
struct list_elem *list_tail (struct list *list);

/* Insertion. */
void list_insert (struct list_elem *before, struct list_elem *elem);
void list_splice (struct list_elem *before, struct list_elem *first,
                  struct list_elem *last);
void list_push_front (struct list *list, struct list_elem *elem);
void list_push_back (struct list *list, struct list_elem *elem);

/* Removal. */
struct list_elem *list_remove (struct list_elem *elem);
struct list_elem *list_pop_front (struct list *list);
struct list_elem *list_pop_back (struct list *list);

/* Ends of a nonempty list. */
struct list_elem *list_front (struct list *list);
struct list_elem *list_back (struct list *list);

/* Properties. list_size walks the list; list_empty does not. */
size_t list_size (struct list *list);
bool list_empty (struct list *list);

void list_reverse (struct list *list);

/* Returns true if A sorts strictly before B, for some order that
   AUX may parameterize. */
typedef bool list_less_func (const struct list_elem *a,
                             const struct list_elem *b, void *aux);

/* Operations on lists kept in a list_less_func order. */
void list_sort (struct list *list, list_less_func *less, void *aux);
void list_insert_ordered (struct list *list, struct list_elem *elem,
                          list_less_func *less, void *aux);
void list_unique (struct list *list, struct list *duplicates,
                  list_less_func *less, void *aux);

/* Extremes; the first of several equal ones, or list_end if empty. */
struct list_elem *list_max (struct list *list, list_less_func *less,
                            void *aux);
struct list_elem *list_min (struct list *list, list_less_func *less,
                            void *aux);

#endif /* lib/kernel/list.h */
