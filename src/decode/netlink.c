/*
 * netlink.c: what goes through a netlink socket, as strace prints it. For now each
 * message's header on NETLINK_ROUTE sockets for the short family-only request glibc's
 * getaddrinfo sends and for the NLMSG_DONE that ends a dump; any other payload prints as
 * a string, as before.
 */
#include <linux/netlink.h>
#include <stdio.h>
#include <string.h>
#include <sys/xattr.h>

#include "decode.h"
#include "net.h"

/* The kernel names a socket's family in this attribute of its /proc/PID/fd link. */
static int is_netlink_socket(struct tracee *t, int fd)
{
	char path[64], name[32] = "";
	ssize_t n;

	if (fd < 0)
		return 0;
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", t->pid, fd);
	n = getxattr(path, "system.sockprotoname", name, sizeof(name) - 1);
	return n >= 7 && memcmp(name, "NETLINK", 7) == 0 && (n == 7 || name[7] == 0);
}

static int is_get_request(unsigned type)
{
	return type >= 16 && type < 36 && type % 4 == 2;
}

static void print_nlmsghdr(const struct nlmsghdr *h)
{
	tprintf("{nlmsg_len=%u, nlmsg_type=", h->nlmsg_len);
	printxval(&xlat_nlmsg_types_route, h->nlmsg_type, "RTM_???");
	tputs(", nlmsg_flags=");
	printflags(is_get_request(h->nlmsg_type) ? &xlat_nlmsg_flags_get : &xlat_nlmsg_flags,
		   h->nlmsg_flags, "NLM_F_???");
	tprintf(", nlmsg_seq=%u, nlmsg_pid=%u}", h->nlmsg_seq, h->nlmsg_pid);
}

/*
 * One message whose payload is just the family byte of a GET request; -1 otherwise. The
 * socket's netlink protocol is not checked: other protocols rarely send 20-byte messages
 * with these types.
 */
static int print_family_request(const unsigned char *b, uint64_t len)
{
	struct nlmsghdr h;

	if (len != NLMSG_HDRLEN + 4)
		return -1;
	memcpy(&h, b, sizeof(h));
	if (h.nlmsg_len != len || !is_get_request(h.nlmsg_type) || h.nlmsg_type == 22 + 4)
		return -1;
	tputc('[');
	print_nlmsghdr(&h);
	tputs(", {");
	tputs(h.nlmsg_type == 22 ? "ifa_family=" : h.nlmsg_type == 18 ? "ifi_family=" :
	      "rtm_family=");
	printxval(&xlat_address_families, b[NLMSG_HDRLEN], NULL);
	tputs(", ...}]");
	return 0;
}

/* The end of a dump: its payload is an int. */
static int print_done(const unsigned char *b, uint64_t len)
{
	struct nlmsghdr h;
	int v;

	memcpy(&h, b, sizeof(h));
	if (h.nlmsg_len != len || h.nlmsg_type != NLMSG_DONE)
		return -1;
	memcpy(&v, b + NLMSG_HDRLEN, sizeof(v));
	tputc('[');
	print_nlmsghdr(&h);
	tprintf(", %d]", v);
	return 0;
}

void print_sock_payload(struct tracee *t, int fd, uint64_t addr, uint64_t len)
{
	unsigned char b[NLMSG_HDRLEN + 4];

	if (len == sizeof(b) && addr && is_netlink_socket(t, fd) &&
	    umoven(t, addr, len, b) == 0 &&
	    (print_family_request(b, len) == 0 || print_done(b, len) == 0))
		return;
	printstr_n(t, addr, len);
}
