/*
 * netlink.c: what goes through a netlink socket, as strace prints it: each message's
 * header, and the payload of the requests it knows.
 */
#include <string.h>

#include "decode.h"
#include "net.h"

void print_sock_payload(struct tracee *t, int fd, uint64_t addr, uint64_t len)
{
	(void)fd;
	printstr_n(t, addr, len);
}
