/* The contents of sample.txt, the read-only file several tests put on
   their disk, so they can check what they read from it. */
#ifndef TESTS_USERPROG_SAMPLE_H
#define TESTS_USERPROG_SAMPLE_H

static const char sample[] =
  "The lighthouse keeper counted ships until the fog rolled in.\n"
  "Each evening he wrote the tally in a ledger bound with string,\n"
  "and each morning the gulls argued over what the tide had left.\n";

#endif /* tests/userprog/sample.h */
