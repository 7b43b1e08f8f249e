/*
 * sockdiag.c: NETLINK_SOCK_DIAG payloads as strace prints them.
 */
#include "decode.h"
#include "netlink.h"

int sockdiag_print_payload(const unsigned char *b, size_t len, struct nlctx *ctx)
{
	(void)b; (void)len; (void)ctx;
	return -1;
}
