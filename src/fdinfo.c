/*
 * fdinfo.c: what -y / -yy / -e decode-fds= print after a descriptor: `3</etc/passwd>`,
 * `3</dev/null<char 1:3>>`, `3<TCP:[127.0.0.1:80->127.0.0.1:5555]>`, `3<pid:42>`,
 * `4<{eventfd-count=0x5, eventfd-id=2, eventfd-semaphore=0}>`, `5<signalfd:[USR1 CHLD]>`.
 *
 * Everything comes from /proc/PID/fd/N (and /proc/net for sockets) at the moment the
 * descriptor is printed, as strace does. None of it runs unless one of those options is
 * given: printfd() only calls in here when opt.decode_fds is set.
 *
 * It is also the one place that asks what a descriptor is (a socket's inode, protocol, a
 * netlink socket's protocol and port id), for the decoders too: from /proc/PID, but a
 * netlink socket from strc's own network namespace, as strace knows it. A value printer.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <sys/socket.h>

#include "fdinfo.h"
#include "numset.h"
#include "print.h"
#include "signals.h"
#include "strc.h"
#include "xlats.h"

static int is_octal_digit(char c)
{
	return c >= '0' && c <= '7';
}

/*
 * The brackets around what a descriptor is: punctuation under --color, and what is
 * between them copied as it is (colour.c looks for no tokens in a path).
 */
static void angle_open(void)
{
	out_mark(OUT_MARK_PUNCT);
	tputc('<');
	out_mark(OUT_MARK_END);
	out_mark(OUT_MARK_VERBATIM);
}

static void angle_close(void)
{
	out_mark(OUT_MARK_END);
	out_mark(OUT_MARK_PUNCT);
	tputc('>');
	out_mark(OUT_MARK_END);
}

/*
 * A path between angle brackets: escaped as a string without its quotes, and '<' '>' in
 * octal so that the brackets stay unambiguous.
 */
static void print_bracketed(const char *s, size_t n)
{
	size_t start = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] != '<' && s[i] != '>')
			continue;
		print_quoted((const unsigned char *)s + start, i - start, QUOTE_OMIT_QUOTES);
		if (i + 1 < n && is_octal_digit(s[i + 1]))
			tputs(s[i] == '<' ? "\\074" : "\\076");
		else
			tputs(s[i] == '<' ? "\\74" : "\\76");
		start = i + 1;
	}
	print_quoted((const unsigned char *)s + start, n - start, QUOTE_OMIT_QUOTES);
}

static int fd_link(pid_t pid, int fd, char *buf, size_t size)
{
	char proc[64];
	ssize_t n;

	snprintf(proc, sizeof(proc), "/proc/%d/fd/%d", pid, fd);
	n = readlink(proc, buf, size - 1);
	if (n < 0)
		return -1;
	buf[n] = '\0';
	return (int)n;
}

static const char *skip_prefix(const char *s, const char *prefix)
{
	size_t n = strlen(prefix);

	return strncmp(s, prefix, n) == 0 ? s + n : NULL;
}

/* "socket:[12345]" -> 12345 */
static int socket_inode(const char *link, unsigned long *ino)
{
	const char *p = skip_prefix(link, "socket:[");
	char *end;

	if (!p)
		return -1;
	*ino = strtoul(p, &end, 10);
	return *end == ']' ? 0 : -1;
}

int fd_socket_inode(pid_t pid, int fd, unsigned long *ino)
{
	char link[4200];

	if (fd < 0 || fd_link(pid, fd, link, sizeof(link)) < 0)
		return -1;
	return socket_inode(link, ino);
}

int fd_socket_protocol(pid_t pid, int fd, char *name, size_t size)
{
	char proc[64];
	ssize_t n;

	if (fd < 0 || size < 2)
		return -1;
	snprintf(proc, sizeof(proc), "/proc/%d/fd/%d", pid, fd);
	n = getxattr(proc, "system.sockprotoname", name, size - 1);
	if (n <= 0)
		return -1;
	name[n] = '\0';
	return 0;
}

/*
 * strace asks sock_diag, in its own network namespace, what a netlink socket is: one that a
 * tracee made in another namespace (unshare -n, a container) is not found, and strace then
 * prints the socket's inode and the messages undecoded. strc's own namespace's list gives
 * the same answers.
 */
static int netlink_scan(unsigned long ino, unsigned *proto, unsigned *portid)
{
	char line[256];
	FILE *f;
	int found = -1;

	f = fopen("/proc/self/net/netlink", "re");
	if (!f)
		return -1;
	/* sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode */
	while (found < 0 && fgets(line, sizeof(line), f)) {
		unsigned long inode;

		if (sscanf(line, "%*s %u %u %*s %*s %*s %*s %*s %*s %lu", proto, portid,
			   &inode) == 3 && inode == ino)
			found = 0;
	}
	fclose(f);
	return found;
}

/* The kernel walks its socket hash for the list; a walk that meets a resize (other
 * processes making or closing netlink sockets) can pass a socket by, so a miss is
 * read again before it counts. */
int netlink_socket_info(unsigned long ino, unsigned *proto, unsigned *portid)
{
	for (int tries = 0; tries < 3; tries++)
		if (netlink_scan(ino, proto, portid) == 0)
			return 0;
	return -1;
}

int fd_netlink_protocol(pid_t pid, int fd)
{
	char name[32];
	unsigned long ino;
	unsigned proto, portid;

	if (fd_socket_protocol(pid, fd, name, sizeof(name)) < 0 || strcmp(name, "NETLINK") != 0)
		return -1;
	if (fd_socket_inode(pid, fd, &ino) < 0 || netlink_socket_info(ino, &proto, &portid) < 0)
		return -1;
	return (int)proto;
}

/* An address of /proc/net/tcp ("0100007F:0050") as text, in the kernel's byte order. */
static void format_inet(const char *hex, int v6, char *out, size_t size)
{
	unsigned char addr[16];
	char text[INET6_ADDRSTRLEN] = "?";
	unsigned port = 0;
	int n = v6 ? 16 : 4;

	for (int w = 0; w < n / 4; w++) {
		uint32_t word = 0;
		sscanf(hex + 8 * w, "%8" SCNx32, &word);
		memcpy(addr + 4 * w, &word, 4);
	}
	sscanf(hex + 2 * n, ":%x", &port);
	inet_ntop(v6 ? AF_INET6 : AF_INET, addr, text, sizeof(text));
	if (v6)
		snprintf(out, size, "[%s]:%u", text, port);
	else
		snprintf(out, size, "%s:%u", text, port);
}

static int is_zero_endpoint(const char *hex)
{
	for (; *hex; hex++)
		if (*hex != '0' && *hex != ':')
			return 0;
	return 1;
}

/* The endpoints of an inet socket from /proc/PID/net/{tcp,udp}{,6}: "127.0.0.1:80->..." */
static int inet_endpoints(pid_t pid, const char *table, int v6, unsigned long ino,
			  char *out, size_t size)
{
	char path[64], line[512], local[64], remote[64];
	FILE *f;
	int found = -1;

	snprintf(path, sizeof(path), "/proc/%d/net/%s", pid, table);
	f = fopen(path, "re");
	if (!f)
		return -1;
	while (found < 0 && fgets(line, sizeof(line), f)) {
		char lhex[64], rhex[64];
		unsigned long inode;

		if (sscanf(line, " %*d: %63s %63s %*x %*s %*s %*s %*d %*d %lu",
			   lhex, rhex, &inode) != 3 || inode != ino)
			continue;
		format_inet(lhex, v6, local, sizeof(local));
		if (is_zero_endpoint(rhex)) {
			snprintf(out, size, "%s", local);
		} else {
			format_inet(rhex, v6, remote, sizeof(remote));
			snprintf(out, size, "%s->%s", local, remote);
		}
		found = 0;
	}
	fclose(f);
	return found;
}

/*
 * A unix socket's peer and bound path from the kernel's sock_diag interface, which knows
 * both; /proc/net/unix has no peers. -1 when it cannot say.
 */
static int unix_diag(unsigned long ino, unsigned *peer, char *path, size_t size)
{
	struct {
		struct nlmsghdr nh;
		struct unix_diag_req req;
	} q = {
		.nh = { .nlmsg_len = sizeof(q), .nlmsg_type = SOCK_DIAG_BY_FAMILY,
			.nlmsg_flags = NLM_F_REQUEST },
		.req = { .sdiag_family = AF_UNIX, .udiag_states = -1, .udiag_ino = ino,
			 .udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER,
			 .udiag_cookie = { ~0u, ~0u } },
	};
	union {
		struct nlmsghdr nh;
		char buf[8192];
	} r;
	int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	ssize_t n;

	if (fd < 0)
		return -1;
	if (send(fd, &q, sizeof(q), 0) != sizeof(q) || (n = recv(fd, &r, sizeof(r), 0)) <= 0) {
		close(fd);
		return -1;
	}
	close(fd);
	if (!NLMSG_OK(&r.nh, (size_t)n) || r.nh.nlmsg_type != SOCK_DIAG_BY_FAMILY)
		return -1;
	struct unix_diag_msg *m = NLMSG_DATA(&r.nh);
	if (m->udiag_ino != ino)
		return -1;
	int len = r.nh.nlmsg_len - NLMSG_LENGTH(sizeof(*m));
	*peer = 0;
	path[0] = '\0';
	for (struct rtattr *a = (struct rtattr *)(m + 1); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
		size_t k = RTA_PAYLOAD(a);
		if (a->rta_type == UNIX_DIAG_PEER && k >= 4) {
			memcpy(peer, RTA_DATA(a), 4);
		} else if (a->rta_type == UNIX_DIAG_NAME && k > 0) {
			if (k >= size)
				k = size - 1;
			memcpy(path, RTA_DATA(a), k);
			if (path[0] == '\0')
				path[0] = '@';	/* an abstract name */
			path[k] = '\0';
		}
	}
	return 0;
}

/* The bound path of a unix socket from /proc/PID/net/unix, "" when it has none. */
static int unix_path(pid_t pid, unsigned long ino, char *out, size_t size)
{
	char path[64], line[4352];
	FILE *f;
	int found = -1;

	snprintf(path, sizeof(path), "/proc/%d/net/unix", pid);
	f = fopen(path, "re");
	if (!f)
		return -1;
	while (found < 0 && fgets(line, sizeof(line), f)) {
		unsigned long inode;
		int end = 0;

		if (sscanf(line, "%*s %*s %*s %*s %*s %*s %lu%n", &inode, &end) != 1 ||
		    inode != ino)
			continue;
		char *p = line + end;
		p += strspn(p, " ");
		p[strcspn(p, "\n")] = '\0';
		snprintf(out, size, "%s", p);
		found = 0;
	}
	fclose(f);
	return found;
}

/* An inet_diag_msg's endpoints as strace prints them, "" for the unconnected remote. */
static void format_diag(const struct inet_diag_msg *m, char *out, size_t size)
{
	char la[INET6_ADDRSTRLEN] = "?", ra[INET6_ADDRSTRLEN] = "?";
	int v6 = m->idiag_family == AF_INET6;
	static const uint32_t zero[4];
	const char *fmt;

	inet_ntop(m->idiag_family, m->id.idiag_src, la, sizeof(la));
	inet_ntop(m->idiag_family, m->id.idiag_dst, ra, sizeof(ra));
	if (m->id.idiag_dport || memcmp(m->id.idiag_dst, zero, v6 ? 16 : 4)) {
		fmt = v6 ? "[%s]:%u->[%s]:%u" : "%s:%u->%s:%u";
		snprintf(out, size, fmt, la, ntohs(m->id.idiag_sport), ra, ntohs(m->id.idiag_dport));
	} else {
		snprintf(out, size, v6 ? "[%s]:%u" : "%s:%u", la, ntohs(m->id.idiag_sport));
	}
}

/*
 * The endpoints of a TCP or UDP socket from inet_diag, which also knows sockets that are
 * bound but not yet listening (absent from /proc/net/tcp). -1 when it cannot say.
 */
static int inet_diag(int family, int protocol, unsigned long ino, char *out, size_t size)
{
	struct {
		struct nlmsghdr nh;
		struct inet_diag_req_v2 req;
	} q = {
		.nh = { .nlmsg_len = sizeof(q), .nlmsg_type = SOCK_DIAG_BY_FAMILY,
			.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP },
		.req = { .sdiag_family = family, .sdiag_protocol = protocol, .idiag_states = ~0u },
	};
	static char buf[32768];
	int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	int found = -1, done = 0;

	if (fd < 0)
		return -1;
	if (send(fd, &q, sizeof(q), 0) != sizeof(q)) {
		close(fd);
		return -1;
	}
	while (!done) {
		ssize_t n = recv(fd, buf, sizeof(buf), 0);
		struct nlmsghdr *h = (struct nlmsghdr *)buf;

		if (n <= 0)
			break;
		for (; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
				done = 1;
				break;
			}
			struct inet_diag_msg *m = NLMSG_DATA(h);
			if (found < 0 && m->idiag_inode == ino) {
				format_diag(m, out, size);
				found = 0;
			}
		}
	}
	close(fd);
	return found;
}

static const struct {
	const char *proto;
	int family, protocol;
} inet_diags[] = {
	{ "TCP", AF_INET, IPPROTO_TCP }, { "UDP", AF_INET, IPPROTO_UDP },
	{ "TCPv6", AF_INET6, IPPROTO_TCP }, { "UDPv6", AF_INET6, IPPROTO_UDP },
};

static const struct {
	const char *proto;
	const char *table;
	int v6;
} inet_tables[] = {
	{ "TCP", "tcp", 0 }, { "UDP", "udp", 0 }, { "TCPv6", "tcp6", 1 }, { "UDPv6", "udp6", 1 },
	{ "UDPLITE", "udplite", 0 }, { "UDPLITEv6", "udplite6", 1 },
};

/*
 * strace keeps the first details it learns of a socket for the socket's life: a socket
 * seen bound and later connected still prints its bound address, one end of a socketpair
 * its peer after the peer is closed. So does strc.
 */
static struct {
	unsigned long ino;
	unsigned peer;		/* unix sockets */
	char detail[128];	/* endpoints, or a unix socket's path */
} seen[64];
static unsigned seen_next;

static int seen_find(unsigned long ino)
{
	for (size_t i = 0; i < sizeof(seen) / sizeof(seen[0]); i++)
		if (seen[i].ino == ino)
			return (int)i;
	return -1;
}

static void seen_add(unsigned long ino, unsigned peer, const char *detail)
{
	unsigned i = seen_next++ % (sizeof(seen) / sizeof(seen[0]));

	seen[i].ino = ino;
	seen[i].peer = peer;
	snprintf(seen[i].detail, sizeof(seen[i].detail), "%.127s", detail);
}

static int is_inet_proto(const char *proto)
{
	for (size_t i = 0; i < sizeof(inet_tables) / sizeof(inet_tables[0]); i++)
		if (strcmp(proto, inet_tables[i].proto) == 0)
			return 1;
	return 0;
}

static int inet_detail(pid_t pid, const char *proto, unsigned long ino, char *out, size_t size)
{
	int i = seen_find(ino);

	if (!is_inet_proto(proto))
		return -1;
	if (i >= 0) {
		snprintf(out, size, "%s", seen[i].detail);
		return 0;
	}
	for (size_t i = 0; i < sizeof(inet_diags) / sizeof(inet_diags[0]); i++) {
		if (strcmp(proto, inet_diags[i].proto) == 0 &&
		    inet_diag(inet_diags[i].family, inet_diags[i].protocol, ino, out, size) == 0) {
			seen_add(ino, 0, out);
			return 0;
		}
	}
	for (size_t i = 0; i < sizeof(inet_tables) / sizeof(inet_tables[0]); i++) {
		if (strcmp(proto, inet_tables[i].proto) == 0 &&
		    inet_endpoints(pid, inet_tables[i].table, inet_tables[i].v6, ino,
				   out, size) == 0) {
			seen_add(ino, 0, out);
			return 0;
		}
	}
	return -1;
}

/*
 * A bound netlink socket as strace names it, ROUTE:1234 (its protocol and port id), from
 * /proc/PID/net/netlink. -1 while it has no port id: then strace prints the inode.
 */
static int netlink_detail(pid_t pid, unsigned long ino, char *out, size_t size)
{
	unsigned proto, portid;
	const char *name;

	if (netlink_socket_info(ino, &proto, &portid) < 0 || !portid)
		return -1;
	name = xlat_name(&xlat_netlink_protocols, proto);
	if (name && strncmp(name, "NETLINK_", 8) == 0)
		snprintf(out, size, "%s:%u", name + 8, portid);
	else
		snprintf(out, size, "%u:%u", proto, portid);
	return 0;
}

/* <UNIX:[INODE->PEER,"path"]>; an abstract name prints as @"name" */
static void print_unix_socket(pid_t pid, const char *proto, unsigned long ino)
{
	char detail[4400];
	unsigned peer = 0;
	int i = seen_find(ino);

	if (i >= 0) {
		peer = seen[i].peer;
		snprintf(detail, sizeof(detail), "%s", seen[i].detail);
	} else if (unix_diag(ino, &peer, detail, sizeof(detail)) < 0 &&
		   unix_path(pid, ino, detail, sizeof(detail)) < 0) {
		detail[0] = '\0';
	}
	/* one with neither peer nor path yet may get them: strace asks again */
	if (i < 0 && (peer || detail[0]))
		seen_add(ino, peer, detail);
	angle_open();
	tprintf("%s:[%lu", proto, ino);
	if (peer)
		tprintf("->%u", peer);
	if (detail[0] == '@') {
		tputs(",@");
		print_quoted((const unsigned char *)detail + 1, strlen(detail + 1), 0);
	} else if (detail[0]) {
		tputc(',');
		print_quoted((const unsigned char *)detail, strlen(detail), 0);
	}
	tputc(']');
	angle_close();
}

/*
 * <TCP:[...]>: the protocol's name, then its endpoints, or the inode when none are known.
 * A protocol strace 6.1 cannot describe (AF_PACKET's, ...) prints as the link does.
 */
static int print_socket(pid_t pid, int fd, const char *link)
{
	char proto[64], detail[4400];
	unsigned long ino;

	if (socket_inode(link, &ino) < 0 || fd_socket_protocol(pid, fd, proto, sizeof(proto)) < 0)
		return -1;
	if (inet_detail(pid, proto, ino, detail, sizeof(detail)) == 0) {
		angle_open();
		tprintf("%s:[%s]", proto, detail);
		angle_close();
		return 0;
	}
	if (strncmp(proto, "UNIX", 4) == 0) {
		print_unix_socket(pid, proto, ino);
		return 0;
	}
	if (strcmp(proto, "NETLINK") == 0 && netlink_detail(pid, ino, detail, sizeof(detail)) == 0) {
		angle_open();
		tprintf("%s:[%s]", proto, detail);
		angle_close();
		return 0;
	}
	if (strcmp(proto, "PACKET") == 0)
		return -1;
	angle_open();
	tprintf("%s:[%lu]", proto, ino);
	angle_close();
	return 0;
}

/* <pid:42>: the process a pidfd refers to, from /proc/PID/fdinfo/N. */
static int print_pidfd(pid_t pid, int fd, const char *link)
{
	char proc[64], line[256];
	FILE *f;
	int target = 0, found = -1;

	if (strcmp(link, "anon_inode:[pidfd]") != 0)
		return -1;
	snprintf(proc, sizeof(proc), "/proc/%d/fdinfo/%d", pid, fd);
	f = fopen(proc, "re");
	if (!f)
		return -1;
	while (found < 0 && fgets(line, sizeof(line), f))
		if (sscanf(line, "Pid: %d", &target) == 1)
			found = 0;
	fclose(f);
	if (found < 0)
		return -1;
	angle_open();
	tprintf("pid:%d", target);
	angle_close();
	return 0;
}

/* A line "key: value" of /proc/PID/fdinfo/FD, the value's text into val; -1 without it. */
static int fdinfo_field(pid_t pid, int fd, const char *key, char *val, size_t size)
{
	char proc[64], line[256];
	size_t n = strlen(key);
	FILE *f;
	int found = -1;

	snprintf(proc, sizeof(proc), "/proc/%d/fdinfo/%d", pid, fd);
	f = fopen(proc, "re");
	if (!f)
		return -1;
	while (found < 0 && fgets(line, sizeof(line), f)) {
		if (strncmp(line, key, n) != 0 || line[n] != ':')
			continue;
		const char *v = line + n + 1;
		v += strspn(v, " \t");
		snprintf(val, size, "%.*s", (int)strcspn(v, "\n"), v);
		found = 0;
	}
	fclose(f);
	return found;
}

/* The value of a "key: number" line of fdinfo in the given base; -1 without a number. */
static int fdinfo_number(pid_t pid, int fd, const char *key, int base, unsigned long long *v)
{
	char text[64], *end;

	if (fdinfo_field(pid, fd, key, text, sizeof(text)) < 0)
		return -1;
	errno = 0;
	*v = strtoull(text, &end, base);
	return end == text || *end || errno ? -1 : 0;
}

/*
 * </dev/null<char 1:3>>; a pseudo-terminal's master (/dev/ptmx) also names its slave, as
 * strace 7.2 does: </dev/ptmx<char 5:2 @/dev/pts/3>>, from fdinfo's tty-index.
 */
static int print_device(pid_t pid, int fd, const char *path, size_t len)
{
	char proc[64];
	struct stat st;
	unsigned long long index;

	snprintf(proc, sizeof(proc), "/proc/%d/fd/%d", pid, fd);
	if (stat(proc, &st) < 0 || !(S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
		return -1;
	angle_open();
	print_bracketed(path, len);
	out_mark(OUT_MARK_END);
	angle_open();
	tprintf("%s %u:%u", S_ISCHR(st.st_mode) ? "char" : "block", major(st.st_rdev),
		minor(st.st_rdev));
	if (S_ISCHR(st.st_mode) && fdinfo_number(pid, fd, "tty-index", 10, &index) == 0)
		tprintf(" @/dev/pts/%llu", index);
	angle_close();
	out_mark(OUT_MARK_VERBATIM);	/* the outer pair's */
	angle_close();
	return 0;
}

/*
 * <{eventfd-count=0x5, eventfd-id=2, eventfd-semaphore=0}>: the counter (the kernel shows
 * it in hex), the id and the mode, as /proc/PID/fdinfo has them now. A kernel that shows
 * no semaphore line (before 6.6) leaves the field out.
 */
static int print_eventfd(pid_t pid, int fd, const char *link)
{
	unsigned long long count, id, sem;

	if (strcmp(link, "anon_inode:[eventfd]") != 0 ||
	    fdinfo_number(pid, fd, "eventfd-count", 16, &count) < 0 ||
	    fdinfo_number(pid, fd, "eventfd-id", 10, &id) < 0)
		return -1;
	out_mark(OUT_MARK_PUNCT);
	tputc('<');
	out_mark(OUT_MARK_END);
	tputs("{eventfd-count=");	/* a structure to --color, as strace colours it */
	printnum_hex(count);
	tprintf(", eventfd-id=%llu", id);
	if (fdinfo_number(pid, fd, "eventfd-semaphore", 10, &sem) == 0)
		tprintf(", eventfd-semaphore=%llu", sem);
	tputc('}');
	out_mark(OUT_MARK_PUNCT);
	tputc('>');
	out_mark(OUT_MARK_END);
	return 0;
}

/* <signalfd:[USR1 CHLD]>: the mask the descriptor takes, printed as strace prints sets. */
static int print_signalfd(pid_t pid, int fd, const char *link)
{
	unsigned long long m;

	if (strcmp(link, "anon_inode:[signalfd]") != 0 ||
	    fdinfo_number(pid, fd, "sigmask", 16, &m) < 0)
		return -1;
	out_mark(OUT_MARK_PUNCT);
	tputc('<');
	out_mark(OUT_MARK_END);
	out_mark(OUT_MARK_VERBATIM);	/* one word to --color, as strace colours it */
	tputs("signalfd:");
	print_sigmask(m, 64);
	out_mark(OUT_MARK_END);
	out_mark(OUT_MARK_PUNCT);
	tputc('>');
	out_mark(OUT_MARK_END);
	return 0;
}

/*
 * Whether the file behind a link that ends in " (deleted)" was deleted, as strace tells:
 * unless the link, suffix and all, names the descriptor's own file (a file really called
 * "x (deleted)"). A name left under another hard link is deleted all the same.
 */
static int link_deleted(pid_t pid, int fd, const char *link)
{
	char proc[64];
	struct stat by_fd, by_name;

	snprintf(proc, sizeof(proc), "/proc/%d/fd/%d", pid, fd);
	if (stat(proc, &by_fd) < 0 || stat(link, &by_name) < 0)
		return 1;
	return by_fd.st_dev != by_name.st_dev || by_fd.st_ino != by_name.st_ino;
}

void fdinfo_decorate(struct tracee *t, int fd)
{
	static const char deleted[] = " (deleted)";
	char link[4200];
	int n, gone = 0;

	if (fd < 0 || (n = fd_link(t->pid, fd, link, sizeof(link))) < 0)
		return;
	if ((opt.decode_fds & DECODE_FD_SOCKET) && print_socket(t->pid, fd, link) == 0)
		return;
	if ((opt.decode_fds & DECODE_FD_PIDFD) && print_pidfd(t->pid, fd, link) == 0)
		return;
	if ((opt.decode_fds & DECODE_FD_EVENTFD) && print_eventfd(t->pid, fd, link) == 0)
		return;
	if ((opt.decode_fds & DECODE_FD_SIGNALFD) && print_signalfd(t->pid, fd, link) == 0)
		return;
	if (link[0] == '/' && (size_t)n > sizeof(deleted) - 1 &&
	    strcmp(link + n - (sizeof(deleted) - 1), deleted) == 0 &&
	    link_deleted(t->pid, fd, link)) {
		n -= sizeof(deleted) - 1;
		link[n] = '\0';
		gone = 1;
	}
	if ((opt.decode_fds & DECODE_FD_DEV) && print_device(t->pid, fd, link, n) == 0)
		goto out;
	if (!(opt.decode_fds & DECODE_FD_PATH))
		return;
	angle_open();
	print_bracketed(link, n);
	angle_close();
out:
	if (gone) {
		out_mark(OUT_MARK_VERBATIM);
		tputs("(deleted)");
		out_mark(OUT_MARK_END);
	}
}

/* AT_FDCWD</tmp>: the working directory, for calls relative to it. */
void fdinfo_decorate_cwd(struct tracee *t)
{
	char proc[64], link[4200];
	ssize_t n;

	if (!(opt.decode_fds & DECODE_FD_PATH))
		return;
	snprintf(proc, sizeof(proc), "/proc/%d/cwd", t->pid);
	n = readlink(proc, link, sizeof(link) - 1);
	if (n < 0)
		return;
	angle_open();
	print_bracketed(link, n);
	angle_close();
}

/*
 * -e decode-fds=SET as strace reads it: leading '!'s invert; "all" or "none" (lower case)
 * only as the whole set; otherwise words of any case, empty ones skipped, at least one.
 */
int fdinfo_qualify(const char *list)
{
	static const struct word_bits words[] = {
		{ "path", DECODE_FD_PATH }, { "socket", DECODE_FD_SOCKET },
		{ "dev", DECODE_FD_DEV }, { "pidfd", DECODE_FD_PIDFD },
		{ "eventfd", DECODE_FD_EVENTFD }, { "signalfd", DECODE_FD_SIGNALFD }, { NULL, 0 },
	};
	static const struct list_syntax syn = {
		"decode-fds", LIST_OWN_WORDS,
		word_set_word, word_set_all, word_set_invert,
	};
	struct word_set ws = { words, DECODE_FD_ALL, 0, 0 };
	const char *rest = list + strspn(list, "!");
	int invert = strspn(list, "!") % 2;

	if (strcmp(rest, "all") == 0 || strcmp(rest, "none") == 0) {
		opt.decode_fds = (strcmp(rest, "all") == 0) != invert ? DECODE_FD_ALL : 0;
		return 0;
	}
	if (list_parse(list, &syn, &ws) < 0)
		return -1;
	opt.decode_fds = ws.bits;
	return 0;
}
