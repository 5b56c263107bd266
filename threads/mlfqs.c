/* The 4.4BSD scheduler (-mlfqs): priorities come from each thread's
   niceness and recent CPU use, and donation is off.

     priority   = PRI_MAX - recent_cpu / 4 - nice * 2     (clamped)
     recent_cpu = (2 * load_avg) / (2 * load_avg + 1) * recent_cpu + nice
     load_avg   = (59/60) * load_avg + (1/60) * ready_threads

   The running thread's recent_cpu grows by one each tick.  Once a second
   the load average and every recent_cpu are updated and every priority
   recomputed; every fourth tick only the running thread's priority is,
   since nobody else's recent_cpu changed in between.  The state changes
   with interrupts off (in the timer interrupt, or below). */

#include "threads/mlfqs.h"
#include "devices/timer.h"
#include "threads/fixed-point.h"
#include "threads/interrupt.h"
#include "threads/thread.h"

/* System load average, fixed point.  Interrupts off. */
static fixed_t load_avg;

/* What the once-a-second update of every thread needs. */
struct second_update
  {
    fixed_t decay;              /* 2*load_avg / (2*load_avg + 1). */
    struct thread *idle;        /* Not updated. */
  };

/* Recomputes T's priority from its recent_cpu and nice.  Interrupts
   off. */
void
mlfqs_update_priority (struct thread *t)
{
  int priority = PRI_MAX - fp_trunc (fp_div_int (t->recent_cpu, 4))
                 - t->nice * 2;

  if (priority < PRI_MIN)
    priority = PRI_MIN;
  if (priority > PRI_MAX)
    priority = PRI_MAX;
  t->base_priority = priority;
  thread_change_priority (t, priority);
}

static void
update_thread (struct thread *t, void *update_)
{
  const struct second_update *update = update_;

  if (t == update->idle)
    return;
  t->recent_cpu = fp_add_int (fp_mul (update->decay, t->recent_cpu),
                              t->nice);
  mlfqs_update_priority (t);
}

/* Accounts timer tick TICKS to CUR, the running thread (IDLE is the idle
   thread), with READY_THREADS threads running or ready. */
void
mlfqs_tick (struct thread *cur, struct thread *idle, int64_t ticks,
            int ready_threads)
{
  if (cur != idle)
    cur->recent_cpu = fp_add_int (cur->recent_cpu, 1);

  if (ticks % TIMER_FREQ == 0)
    {
      struct second_update update;
      fixed_t twice_load;

      load_avg = fp_add (fp_mul (fp_div_int (fp_from_int (59), 60), load_avg),
                         fp_mul_int (fp_div_int (fp_from_int (1), 60),
                                     ready_threads));
      twice_load = fp_mul_int (load_avg, 2);
      update.decay = fp_div (twice_load, fp_add_int (twice_load, 1));
      update.idle = idle;
      thread_foreach (update_thread, &update);
    }
  else if (ticks % 4 == 0 && cur != idle)
    mlfqs_update_priority (cur);
}

int
thread_get_nice (void)
{
  return thread_current ()->nice;
}

/* Sets the running thread's nice value and recomputes its priority;
   yields if it no longer has the highest priority. */
void
thread_set_nice (int nice)
{
  struct thread *cur = thread_current ();
  enum intr_level old_level;

  if (nice < NICE_MIN)
    nice = NICE_MIN;
  if (nice > NICE_MAX)
    nice = NICE_MAX;

  old_level = intr_disable ();
  cur->nice = nice;
  if (thread_mlfqs)
    mlfqs_update_priority (cur);
  intr_set_level (old_level);
  thread_yield_if_outranked ();
}

/* 100 times the running thread's recent_cpu, rounded. */
int
thread_get_recent_cpu (void)
{
  enum intr_level old_level = intr_disable ();
  int value = fp_round (fp_mul_int (thread_current ()->recent_cpu, 100));

  intr_set_level (old_level);
  return value;
}

/* 100 times the system load average, rounded. */
int
thread_get_load_avg (void)
{
  enum intr_level old_level = intr_disable ();
  int value = fp_round (fp_mul_int (load_avg, 100));

  intr_set_level (old_level);
  return value;
}
