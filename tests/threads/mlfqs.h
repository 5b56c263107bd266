/* Helpers shared by the 4.4BSD scheduler tests.  The tests print raw
   measurements; their checkers compare them with the model in
   tests/threads/mlfqs.pm. */
#ifndef TESTS_THREADS_MLFQS_H
#define TESTS_THREADS_MLFQS_H

#include <stddef.h>
#include <stdint.h>

/* Every test starts its clock half-way between two once-a-second
   updates, so nothing it starts or stops on a whole second can race
   with an update. */
#define MLFQS_PHASE 50

int64_t mlfqs_start (void);
void mlfqs_report_load (int64_t start);
void mlfqs_sleep_until (int64_t tick);
const char *mlfqs_format (char *buffer, size_t size, int hundredths);

#endif /* tests/threads/mlfqs.h */
