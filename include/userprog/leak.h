/* The power-off leak report for what processes own outside the VM:
   open files.  (Frames and swap slots are vm_check_leaks's.) */
#ifndef USERPROG_LEAK_H
#define USERPROG_LEAK_H

void leak_check_processes (void);

#endif /* userprog/leak.h */
