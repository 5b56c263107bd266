/* The ready queues: the threads that could run, by priority. */
#ifndef THREADS_READY_H
#define THREADS_READY_H

struct thread;

void ready_init (void);
void ready_push (struct thread *t);
void ready_remove (struct thread *t);
struct thread *ready_pop_best (void);
int ready_max_priority (void);
int ready_count (void);
void ready_check (const struct thread *idle);

#endif /* threads/ready.h */
