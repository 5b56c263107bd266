/* Intrusive doubly linked lists with head and tail sentinels. See
   list.h for the picture. */

#include "list.h"
#include <debug.h>

static inline bool
is_head (const struct list_elem *elem)
{
  return elem != NULL && elem->prev == NULL && elem->next != NULL;
}

/* True if ELEM is a real element, not a sentinel. */
static inline bool
is_interior (const struct list_elem *elem)
{
  return elem != NULL && elem->prev != NULL && elem->next != NULL;
}

static inline bool
is_tail (const struct list_elem *elem)
{
  return elem != NULL && elem->prev != NULL && elem->next == NULL;
}

/* Makes LIST empty. */
void
list_init (struct list *list)
{
  ASSERT (list != NULL);

  list->head.prev = NULL;
  list->head.next = &list->tail;
  list->tail.prev = &list->head;
  list->tail.next = NULL;
}

/* Returns the first element of LIST, or list_end if it is empty. */
struct list_elem *
list_begin (struct list *list)
{
  ASSERT (list != NULL);
  return list->head.next;
}

/* Returns the element after ELEM, which is list_end after the last
   one. ELEM may be the head but not the tail. */
struct list_elem *
list_next (struct list_elem *elem)
{
  ASSERT (is_head (elem) || is_interior (elem));
  return elem->next;
}

/* Returns LIST's tail sentinel, the end point of a forward walk. */
struct list_elem *
list_end (struct list *list)
{
  ASSERT (list != NULL);
  return &list->tail;
}

/* Returns the last element of LIST, or list_rend if it is empty. */
struct list_elem *
list_rbegin (struct list *list)
{
  ASSERT (list != NULL);
  return list->tail.prev;
}

/* Returns the element before ELEM, which is list_rend before the first
   one. ELEM may be the tail but not the head. */
struct list_elem *
list_prev (struct list_elem *elem)
{
  ASSERT (is_interior (elem) || is_tail (elem));
  return elem->prev;
}

/* Returns LIST's head sentinel, the end point of a backward walk. */
struct list_elem *
list_rend (struct list *list)
{
  ASSERT (list != NULL);
  return &list->head;
}

/* Returns LIST's head sentinel. Handy as a starting point for walks
   that look at each element's successor:

     for (e = list_head (list); (e = list_next (e)) != list_end (list); )
       ...                                                               */
struct list_elem *
list_head (struct list *list)
{
  ASSERT (list != NULL);
  return &list->head;
}

/* Returns LIST's tail sentinel. */
struct list_elem *
list_tail (struct list *list)
{
  ASSERT (list != NULL);
  return &list->tail;
}

/* Inserts ELEM, which must not be on any list, just before BEFORE,
   which is an element or a tail sentinel. */
void
list_insert (struct list_elem *before, struct list_elem *elem)
{
  ASSERT (is_interior (before) || is_tail (before));
  ASSERT (elem != NULL);

  elem->prev = before->prev;
  elem->next = before;
  before->prev->next = elem;
  before->prev = elem;
}

/* Moves the elements FIRST up to but not including LAST out of
   whatever list holds them and inserts them, in order, just before
   BEFORE. FIRST..LAST must be a valid range of one list, and BEFORE
   must not lie inside it. An empty range does nothing. */
void
list_splice (struct list_elem *before, struct list_elem *first,
             struct list_elem *last)
{
  ASSERT (is_interior (before) || is_tail (before));
  if (first == last)
    return;
  last = list_prev (last);
  ASSERT (is_interior (first));
  ASSERT (is_interior (last));

  /* Close the gap where the range was. */
  first->prev->next = last->next;
  last->next->prev = first->prev;

  /* Open a gap before BEFORE and put the range in it. */
  first->prev = before->prev;
  last->next = before;
  before->prev->next = first;
  before->prev = last;
}

void
list_push_front (struct list *list, struct list_elem *elem)
{
  list_insert (list_begin (list), elem);
}

void
list_push_back (struct list *list, struct list_elem *elem)
{
  list_insert (list_end (list), elem);
}

/* Unlinks ELEM from its list and returns the element that followed
   it. ELEM's own links are left as they were, but ELEM is no longer
   on any list: do not pass it to list_next or list_remove again until
   it is reinserted. A removal loop reads:

     for (e = list_begin (list); e != list_end (list); )
       e = should_go (e) ? list_remove (e) : list_next (e);          */
struct list_elem *
list_remove (struct list_elem *elem)
{
  ASSERT (is_interior (elem));

  elem->prev->next = elem->next;
  elem->next->prev = elem->prev;
  return elem->next;
}

/* Removes and returns the first element of nonempty LIST. */
struct list_elem *
list_pop_front (struct list *list)
{
  struct list_elem *front = list_front (list);
  list_remove (front);
  return front;
}

/* Removes and returns the last element of nonempty LIST. */
struct list_elem *
list_pop_back (struct list *list)
{
  struct list_elem *back = list_back (list);
  list_remove (back);
  return back;
}

/* Returns the first element of nonempty LIST. */
struct list_elem *
list_front (struct list *list)
{
  ASSERT (!list_empty (list));
  return list->head.next;
}

/* Returns the last element of nonempty LIST. */
struct list_elem *
list_back (struct list *list)
{
  ASSERT (!list_empty (list));
  return list->tail.prev;
}

/* Returns the number of elements in LIST, counting them one by one. */
size_t
list_size (struct list *list)
{
  size_t count = 0;

  for (struct list_elem *e = list_begin (list); e != list_end (list);
       e = list_next (e))
    count++;
  return count;
}

bool
list_empty (struct list *list)
{
  return list_begin (list) == list_end (list);
}

/* Reverses the order of LIST's elements. */
void
list_reverse (struct list *list)
{
  struct list_elem *e = list_begin (list);

  if (e == list_end (list))
    return;
  while (e != list_end (list))
    {
      struct list_elem *next = e->next;
      e->next = e->prev;
      e->prev = next;
      e = next;
    }

  /* The old first element now points back at the head and must point
     on to the tail, and the reverse for the old last element. */
  struct list_elem *first = list->tail.prev;
  struct list_elem *last = list->head.next;
  list->head.next = first;
  first->prev = &list->head;
  list->tail.prev = last;
  last->next = &list->tail;
}

/* Returns the element COUNT steps after ELEM, or END if END comes
   sooner. */
static struct list_elem *
advance (struct list_elem *elem, struct list_elem *end, size_t count)
{
  for (; count > 0 && elem != end; count--)
    elem = list_next (elem);
  return elem;
}

/* Merges the adjacent sorted runs [A, B) and [B, END) into one sorted
   run in place. An element of the second run moves only when strictly
   less than the first run's current element, so equal elements keep
   their order. */
static void
merge_runs (struct list_elem *a, struct list_elem *b, struct list_elem *end,
            list_less_func *less, void *aux)
{
  while (a != b && b != end)
    {
      if (less (b, a, aux))
        {
          struct list_elem *next = list_next (b);
          list_remove (b);
          list_insert (a, b);
          b = next;
        }
      else
        a = list_next (a);
    }
}

/* Sorts LIST by LESS, stably: equal elements keep their relative
   order. A bottom-up merge sort, O(n log n) time and no extra memory.
   Each pass merges neighbouring runs of WIDTH elements; runs double in
   length until one pass needs only one merge. */
void
list_sort (struct list *list, list_less_func *less, void *aux)
{
  ASSERT (list != NULL);
  ASSERT (less != NULL);

  for (size_t width = 1;; width *= 2)
    {
      struct list_elem *start = list_begin (list);
      size_t merges = 0;

      while (start != list_end (list))
        {
          struct list_elem *middle = advance (start, list_end (list), width);
          struct list_elem *end = advance (middle, list_end (list), width);

          merge_runs (start, middle, end, less, aux);
          merges++;
          start = end;
        }
      if (merges <= 1)
        return;
    }
}

/* Inserts ELEM into LIST, which must be sorted by LESS, keeping it
   sorted. ELEM goes after any elements equal to it, so equal elements
   come out in the order they went in. O(n). */
void
list_insert_ordered (struct list *list, struct list_elem *elem,
                     list_less_func *less, void *aux)
{
  struct list_elem *e;

  ASSERT (list != NULL);
  ASSERT (elem != NULL);
  ASSERT (less != NULL);

  for (e = list_begin (list); e != list_end (list); e = list_next (e))
    if (less (elem, e, aux))
      break;
  list_insert (e, elem);
}

/* Walks LIST, which should be sorted by LESS, and removes each element
   equal to the element before it, so only the first of each run of
   equal elements stays. The removed ones are appended to DUPLICATES
   in order, unless DUPLICATES is null. */
void
list_unique (struct list *list, struct list *duplicates,
             list_less_func *less, void *aux)
{
  struct list_elem *kept;

  ASSERT (list != NULL);
  ASSERT (less != NULL);

  if (list_empty (list))
    return;
  kept = list_begin (list);
  for (struct list_elem *e = list_next (kept); e != list_end (list); )
    {
      if (!less (kept, e, aux) && !less (e, kept, aux))
        {
          struct list_elem *next = list_remove (e);
          if (duplicates != NULL)
            list_push_back (duplicates, e);
          e = next;
        }
      else
        {
          kept = e;
          e = list_next (e);
        }
    }
}

/* Returns the largest element of LIST by LESS, the first of several
   equal ones, or list_end if LIST is empty. */
struct list_elem *
list_max (struct list *list, list_less_func *less, void *aux)
{
  struct list_elem *max = list_begin (list);

  for (struct list_elem *e = max; e != list_end (list); e = list_next (e))
    if (less (max, e, aux))
      max = e;
  return max;
}

/* Returns the smallest element of LIST by LESS, the first of several
   equal ones, or list_end if LIST is empty. */
struct list_elem *
list_min (struct list *list, list_less_func *less, void *aux)
{
  struct list_elem *min = list_begin (list);

  for (struct list_elem *e = min; e != list_end (list); e = list_next (e))
    if (less (e, min, aux))
      min = e;
  return min;
}
