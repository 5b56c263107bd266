/* The 8254 programmable interval timer: the tick count and sleeping.
   Brings in round.h, whose DIV_ROUND_UP kernel tests use with
   TIMER_FREQ. */
#ifndef DEVICES_TIMER_H
#define DEVICES_TIMER_H

#include <round.h>
#include <stdint.h>

/* Timer interrupts per second. */
#define TIMER_FREQ 100

void timer_init (void);
int64_t timer_ticks (void);
int64_t timer_elapsed (int64_t then);

void timer_sleep (int64_t ticks);
void timer_msleep (int64_t ms);
void timer_usleep (int64_t us);
void timer_nsleep (int64_t ns);

void timer_print_stats (void);

#endif /* devices/timer.h */
