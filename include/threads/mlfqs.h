/* The 4.4BSD scheduler's arithmetic (-mlfqs): niceness, recent_cpu,
   the load average, and the priorities they give. */
#ifndef THREADS_MLFQS_H
#define THREADS_MLFQS_H

#include <stdbool.h>
#include <stdint.h>

struct thread;

void mlfqs_tick (struct thread *cur, struct thread *idle, int64_t ticks,
                 int ready_threads);
void mlfqs_update_priority (struct thread *t);

#endif /* threads/mlfqs.h */
