/* Replacement policies.  Each is a list discipline over the frames that
   may be evicted (the list FRAMES, in the order the policy keeps) and a
   way to choose from it:

     clock   second chance: a hand sweeps the ring; a frame whose pages
             were accessed since the hand last passed is spared once
             (its accessed bits cleared), the first one not accessed is
             chosen.
     fifo    the frame filled longest ago, accessed or not.
     lru     an approximation of least recently used by aging: at each
             eviction each frame's 8-bit AGE is shifted right, with the
             accessed bit shifted in at the top; the lowest age is
             chosen (the oldest-filled among equals).  Ages count
             evictions, not time, so a single process's run chooses
             alike on any host.
     random  any frame, drawn at random.

   Every function here runs with FRAME_LOCK held (see vm/frame.h); the
   policies never sleep and do no I/O. */

#include "vm/evict.h"
#include <debug.h>
#include <list.h>
#include <random.h>
#include <string.h>
#include "threads/mmu.h"
#include "vm/frame.h"
#include "vm/vm.h"

/* A policy: where a frame goes when it is filled, and how to choose. */
struct evict_policy
  {
    const char *name;
    void (*add) (struct frame *f);
    struct frame *(*choose) (void);
  };

static struct list frames;      /* Frames that may be chosen. */
static size_t frame_cnt;        /* Length of FRAMES. */
static struct list_elem *hand;  /* clock: next frame to look at. */

/* True if a page of F was accessed since the last call; clears the
   accessed bits. */
static bool
test_and_clear_accessed (struct frame *f)
{
  struct list_elem *e;
  bool accessed = false;

  for (e = list_begin (&f->pages); e != list_end (&f->pages);
       e = list_next (e))
    {
      struct page *p = list_entry (e, struct page, frame_elem);
      if (pml4_is_accessed (p->pml4, p->va))
        {
          pml4_set_accessed (p->pml4, p->va, false);
          accessed = true;
        }
    }
  return accessed;
}

/* The first evictable frame from E on, wrapping around once, or NULL. */
static struct frame *
first_evictable (struct list_elem *e)
{
  size_t i;

  for (i = 0; i < frame_cnt; i++, e = list_next (e))
    {
      if (e == list_end (&frames))
        e = list_begin (&frames);
      if (frame_is_evictable (list_entry (e, struct frame, elem)))
        return list_entry (e, struct frame, elem);
    }
  return NULL;
}

/* clock: a new frame goes just behind the hand, the last place the
   hand will reach. */
static void
clock_add (struct frame *f)
{
  if (hand != NULL && hand != list_end (&frames))
    list_insert (hand, &f->elem);
  else
    list_push_back (&frames, &f->elem);
}

static struct frame *
clock_choose (void)
{
  size_t steps;

  for (steps = 0; steps < 2 * frame_cnt + 1; steps++)
    {
      struct frame *f;

      if (hand == NULL || hand == list_end (&frames))
        hand = list_begin (&frames);
      f = list_entry (hand, struct frame, elem);
      hand = list_next (hand);
      if (frame_is_evictable (f) && !test_and_clear_accessed (f))
        return f;
    }
  return NULL;
}

/* fifo, lru and random keep frames in the order they were filled.  A
   frame just filled counts as just used (lru's age). */
static void
queue_add (struct frame *f)
{
  f->age = 0x80;
  list_push_back (&frames, &f->elem);
}

static struct frame *
fifo_choose (void)
{
  return first_evictable (list_begin (&frames));
}

/* lru: ages every frame. */
static void
age_frames (void)
{
  struct list_elem *e;

  for (e = list_begin (&frames); e != list_end (&frames); e = list_next (e))
    {
      struct frame *f = list_entry (e, struct frame, elem);
      f->age = (f->age >> 1) | (test_and_clear_accessed (f) ? 0x80 : 0);
    }
}

static struct frame *
lru_choose (void)
{
  struct frame *best = NULL;
  struct list_elem *e;

  age_frames ();
  for (e = list_begin (&frames); e != list_end (&frames); e = list_next (e))
    {
      struct frame *f = list_entry (e, struct frame, elem);
      if (frame_is_evictable (f) && (best == NULL || f->age < best->age))
        {
          best = f;
          if (best->age == 0)
            break;
        }
    }
  return best;
}

static struct frame *
random_choose (void)
{
  struct list_elem *e = list_begin (&frames);
  size_t i;

  if (frame_cnt == 0)
    return NULL;
  for (i = random_ulong () % frame_cnt; i > 0; i--)
    e = list_next (e);
  return first_evictable (e);
}

static const struct evict_policy policies[] =
  {
    { .name = "clock", .add = clock_add, .choose = clock_choose },
    { .name = "fifo", .add = queue_add, .choose = fifo_choose },
    { .name = "lru", .add = queue_add, .choose = lru_choose },
    { .name = "random", .add = queue_add, .choose = random_choose },
  };

static const struct evict_policy *policy = &policies[0];

/* Makes the policy called NAME the one in force.  Returns false if
   there is none by that name.  Called at boot, before any frame is
   used. */
bool
evict_select (const char *name)
{
  size_t i;

  ASSERT (frame_cnt == 0);
  for (i = 0; i < sizeof policies / sizeof *policies; i++)
    if (!strcmp (name, policies[i].name))
      {
        policy = &policies[i];
        return true;
      }
  return false;
}

const char *
evict_policy_name (void)
{
  return policy->name;
}

void
evict_init (void)
{
  list_init (&frames);
}

/* F, just filled, may be chosen from now on. */
void
evict_add (struct frame *f)
{
  frame_cnt++;
  policy->add (f);
}

/* F may not be chosen any more (it was chosen, or is being freed). */
void
evict_remove (struct frame *f)
{
  if (hand == &f->elem)
    hand = list_next (hand);
  list_remove (&f->elem);
  frame_cnt--;
}

/* An evictable frame by the policy in force, or NULL if there is
   none.  The frame stays in the list until evict_remove. */
struct frame *
evict_choose (void)
{
  return frame_cnt > 0 ? policy->choose () : NULL;
}
