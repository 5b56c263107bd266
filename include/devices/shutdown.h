/* Powering the machine off. */
#ifndef DEVICES_SHUTDOWN_H
#define DEVICES_SHUTDOWN_H

#include <debug.h>

void shutdown_power_off (void) NO_RETURN;

#endif /* devices/shutdown.h */
