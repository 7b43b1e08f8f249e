/*
 * net.c: decoders for the socket calls: socket addresses of the families strace knows,
 * address lengths that the kernel updates ([128 => 16]), message headers with their
 * iovecs and control messages, socket options.
 *
 * Structs are read in the tracee's layout (msghdr, iovec, cmsghdr and mmsghdr are made of
 * words) and turned into one native form before printing.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <sys/socket.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "net.h"

#ifndef SOL_SCTP
#define SOL_SCTP 132
#endif

#define SOCKADDR_MAX 128	/* sizeof(struct sockaddr_storage) */
#define SUN_PATH_MAX 108
#define MSGHDR_MAX_IOV 1024

/* ---- socket addresses ---- */

static void print_sa_data(const unsigned char *sa, int len)
{
	tputs(", sa_data=");
	print_quoted(sa + 2, len - 2, 0);
}

/* if_nametoindex("lo"): the name of an interface index that has one */
static void print_ifname(uint64_t idx)
{
	char name[IF_NAMESIZE];

	if (!if_indextoname((unsigned)idx, name))
		return;
	out_mark(OUT_MARK_CONST);	/* strace colours the whole call as one constant */
	tputs("if_nametoindex(");
	print_quoted((const unsigned char *)name, strlen(name), 0);
	tputc(')');
	out_mark(OUT_MARK_END);
}

void print_ifindex(unsigned idx)
{
	char name[IF_NAMESIZE];

	if (!idx || !if_indextoname(idx, name))
		tprintf("%u", idx);
	else if (!print_number_styled("%llu", idx, print_ifname))	/* -X raw, verbose */
		print_ifname(idx);
}

/*
 * Fields held in network byte order. -X raw and -X verbose show the bytes themselves as a
 * string of \x escapes ("\x00\x50"), -X verbose with the default form after them in a
 * comment, as strace does; the default form is names(p), after "field=".
 */
static void print_net_field(const char *field, const unsigned char *p, size_t n,
			    void (*names)(const void *))
{
	tprintf("%s=", field);
	if (!xlat_raw() && !xlat_verbose()) {
		names(p);
		return;
	}
	print_quoted(p, n, QUOTE_FORCE_HEX);
	print_names_comment_p(p, names);
}

static void print_htons(const void *p)
{
	tprintf("htons(%u)", ntohs(get16(p)));
}

static void print_htonl(const void *p)
{
	tprintf("htonl(%u)", ntohl(get32(p)));
}

void print_ip_text(int family, const void *addr, const char *field)
{
	char ip[INET6_ADDRSTRLEN];

	inet_ntop(family, addr, ip, sizeof(ip));
	if (family == AF_INET) {
		tputs("inet_addr(");
	} else {
		tputs("inet_pton(");
		print_const_name("AF_INET6");
		tputs(", ");
	}
	print_quoted((const unsigned char *)ip, strlen(ip), 0);
	if (field)
		tprintf(", &%s", field);
	tputc(')');
}

static void print_inet_addr(const void *p)
{
	print_ip_text(AF_INET, p, NULL);
}

/* inet_pton(AF_INET6, "::1"), the comment form; the default is print_in6_field's */
static void print_inet_pton6(const void *p)
{
	print_ip_text(AF_INET6, p, NULL);
}

/* inet_pton(AF_INET6, "::1", &sin6_addr): strace names the field inside the call */
static void print_in6_field(const char *field, const unsigned char *p)
{
	if (xlat_raw() || xlat_verbose()) {
		print_net_field(field, p, 16, print_inet_pton6);
		return;
	}
	print_ip_text(AF_INET6, p, field);
}

static void print_sockaddr_in(const unsigned char *sa)
{
	tputs(", ");
	print_net_field("sin_port", sa + 2, 2, print_htons);
	tputs(", ");
	print_net_field("sin_addr", sa + 4, 4, print_inet_addr);
}

static int in6_link_local(const unsigned char *a)
{
	return (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) || (a[0] == 0xff && (a[1] & 0x0f) == 2);
}

static void print_sockaddr_in6(const unsigned char *sa, int len)
{
	tputs(", ");
	print_net_field("sin6_port", sa + 2, 2, print_htons);
	tputs(", ");
	print_net_field("sin6_flowinfo", sa + 4, 4, print_htonl);
	tputs(", ");
	print_in6_field("sin6_addr", sa + 8);
	if (len < 28)
		return;
	tputs(", sin6_scope_id=");
	if (in6_link_local(sa + 8))
		print_ifindex(get32(sa + 24));
	else
		tprintf("%u", get32(sa + 24));
}

/* A path up to its NUL, or "@" and every byte of an abstract name. */
static void print_sockaddr_un(const unsigned char *sa, int len)
{
	int n = len - 2;

	if (n > SUN_PATH_MAX)
		n = SUN_PATH_MAX;
	tputs(", sun_path=");
	if (sa[2] == 0 && n > 1) {
		tputc('@');
		print_quoted(sa + 3, n - 1, 0);
		return;
	}
	print_quoted(sa + 2, strnlen((const char *)sa + 2, n), 0);
}

static void print_eth_proto(unsigned proto)
{
	tputs("htons(");
	printxval(&xlat_ethernet_protocols, proto, "ETH_P_???");
	tputc(')');
}

/* the same, from the two bytes of a sockaddr_ll */
static void print_eth_proto_field(const void *p)
{
	print_eth_proto(ntohs(get16(p)));
}

static void print_sockaddr_ll(const unsigned char *sa)
{
	unsigned halen = sa[11];

	tputs(", ");
	print_net_field("sll_protocol", sa + 2, 2, print_eth_proto_field);
	tputs(", sll_ifindex=");
	print_ifindex(get32(sa + 4));
	tputs(", sll_hatype=");
	printxval(&xlat_arp_hardware_types, get16(sa + 8), "ARPHRD_???");
	tputs(", sll_pkttype=");
	printxval(&xlat_packet_types, sa[10], "PACKET_???");
	tprintf(", sll_halen=%u", halen);
	if (!halen)	/* strace shows no empty sll_addr */
		return;
	if (halen > 8)
		halen = 8;
	tputs(", sll_addr=[");
	for (unsigned i = 0; i < halen; i++)
		tprintf(i ? ", %#x" : "%#x", sa[12 + i]);
	tputc(']');
}

/* The fields after sa_family, when len covers the family's struct; sa_data otherwise. */
static void print_sockaddr_body(const unsigned char *sa, int len)
{
	switch (get16(sa)) {
	case AF_INET:
		if (len >= 16)
			return print_sockaddr_in(sa);
		break;
	case AF_INET6:
		if (len >= 24)
			return print_sockaddr_in6(sa, len);
		break;
	case AF_UNIX:
		return print_sockaddr_un(sa, len);
	case AF_NETLINK:
		if (len >= 12) {
			/* strace shows padding only when a program left garbage in it, and the
			 * port id signed: the kernel's own picks are negative */
			if (get16(sa + 2))
				tprintf(", nl_pad=%#x", get16(sa + 2));
			tprintf(", nl_pid=%d, nl_groups=%#08x", (int)get32(sa + 4), get32(sa + 8));
			return;
		}
		break;
	case AF_PACKET:
		if (len >= 20)
			return print_sockaddr_ll(sa);
		break;
	}
	print_sa_data(sa, len);
}

void print_sockaddr(struct tracee *t, uint64_t addr, int len)
{
	unsigned char sa[SOCKADDR_MAX + 1] = "";

	if (len < 2) {
		printaddr(addr);
		return;
	}
	if (len > SOCKADDR_MAX)
		len = SOCKADDR_MAX;
	if (umove_or_printaddr(t, addr, len, sa) < 0)
		return;
	tputs("{sa_family=");
	printxval(&xlat_address_families, get16(sa), NULL);
	if (len > 2)
		print_sockaddr_body(sa, len);
	tputc('}');
}

/* ---- lengths the kernel updates: [in => out] ---- */

static int read_int(struct tracee *t, uint64_t addr, int *v)
{
	return addr ? umoven(t, addr, sizeof(*v), v) : -1;
}

/* A length as the entry read it, for the exit (call_memo): *lenp, msg_namelen. */
struct len_memo {
	int read;	/* it could be read */
	int len;
};

/* At entry: remembers *lenp. */
static void save_len(struct tracee *t, uint64_t lenp)
{
	struct len_memo *m = call_memo(t, struct len_memo);

	m->read = read_int(t, lenp, &m->len) == 0;
	if (!m->read)
		m->len = 0;
}

static int saved_len(struct tracee *t)
{
	return call_memo(t, struct len_memo)->len;
}

static int len_saved(struct tracee *t)
{
	return call_memo(t, struct len_memo)->read;
}

static void print_len_io(struct tracee *t, uint64_t lenp)
{
	int out;

	if (!lenp) {
		tputs("NULL");
		return;
	}
	if (!len_saved(t)) {
		printaddr(lenp);
		return;
	}
	if (t->err || read_int(t, lenp, &out) < 0 || out == saved_len(t))
		tprintf("[%d]", saved_len(t));
	else
		tprintf("[%d => %d]", saved_len(t), out);
}

/* An address and its length pointer at exit: the address as long as both lengths allow. */
static void print_sockaddr_out(struct tracee *t, uint64_t addr, uint64_t lenp)
{
	int out;

	if (!addr) {
		/* no address to fill: strace shows the length's pointer, not what it holds */
		tputs("NULL, ");
		printaddr(lenp);
		return;
	}
	if (t->err || !len_saved(t) || read_int(t, lenp, &out) < 0)
		printaddr(addr);
	else
		print_sockaddr(t, addr, out < saved_len(t) ? out : saved_len(t));
	tputs(", ");
	print_len_io(t, lenp);
}

/* ---- socket, socketpair ---- */

/* an errno value a socket option holds: ECONNREFUSED, or 111 under -X raw */
static void print_errno_name(uint64_t err)
{
	tputs(errno_name((int)err));
}

static void print_errno_number(int err)
{
	if (!print_number_styled("%llu", (unsigned)err, print_errno_name))
		print_errno_name((unsigned)err);
}

static void print_socket_type(unsigned type)
{
	const char *name = xlat_name(&xlat_socket_types, type & 0xf);

	if (!name) {
		printflags(&xlat_sock_flags, type, "SOCK_???");
		return;
	}
	printxval(&xlat_socket_types, type & 0xf, NULL);
	if (type & ~0xfu) {
		print_flag_sep();
		printflags(&xlat_sock_flags, type & ~0xfu, "SOCK_???");
	}
}

static void print_socket_protocol(int family, uint64_t proto)
{
	switch (family) {
	case AF_INET:
	case AF_INET6:
		printxval(&xlat_ipprotos, (unsigned)proto, NULL);
		break;
	case AF_NETLINK:
		printxval(&xlat_netlink_protocols, (unsigned)proto, NULL);
		break;
	case AF_PACKET:
		print_eth_proto(ntohs((uint16_t)proto));
		break;
	default:	/* strace prints the whole register, unsigned */
		tprintf("%" PRIu64, proto);
	}
}

static void print_socket_args(struct tracee *t)
{
	printxval(&xlat_address_families, (unsigned)arg_int(t, 0), NULL);
	tputs(", ");
	print_socket_type(arg_int(t, 1));
	tputs(", ");
}

int dec_socket(struct tracee *t)
{
	if (exiting(t))
		return RVAL_FD;
	print_socket_args(t);
	print_socket_protocol(arg_int(t, 0), arg_ulong(t, 2));
	return DEC_DONE;
}

int dec_socketpair(struct tracee *t)
{
	if (entering(t)) {
		/* strace names socketpair's protocol in no family */
		print_socket_args(t);
		tprintf("%" PRIu64 ", ", arg_ulong(t, 2));
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 3));
	else	/* an array as pipe's: -s 1 cuts it to [3, ...] */
		print_array(t, arg_ulong(t, 3), 2, sizeof(int), print_fd_elem, NULL);
	return 0;
}

/* ---- bind, connect, accept, getsockname ---- */

int dec_bind(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_sockaddr(t, arg_ulong(t, 1), arg_int(t, 2));
	tprintf(", %d", arg_int(t, 2));
	return DEC_DONE;
}

/* getsockname, getpeername, accept: the address comes back with its length. */
int dec_sockname(struct tracee *t)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		if (!arg_ulong(t, 1)) {	/* nothing to fill: strace shows it all at entry */
			print_sockaddr_out(t, 0, arg_ulong(t, 2));
			return DEC_DONE;
		}
		save_len(t, arg_ulong(t, 2));
		if (len_saved(t))
			return 0;
		printaddr(arg_ulong(t, 1));	/* no length to read back: all at entry */
		tputs(", ");
		printaddr(arg_ulong(t, 2));
		return DEC_DONE;
	}
	print_sockaddr_out(t, arg_ulong(t, 1), arg_ulong(t, 2));
	return 0;
}

int dec_accept(struct tracee *t)
{
	return dec_sockname(t);	/* the descriptor returned prints as the signature says */
}

int dec_accept4(struct tracee *t)
{
	if (entering(t)) {
		if (dec_sockname(t) != DEC_DONE)
			return 0;
		tputs(", ");
		printflags(&xlat_sock_flags, (uint32_t)arg_ulong(t, 3), "SOCK_???");
		return DEC_DONE;
	}
	dec_sockname(t);
	tputs(", ");
	printflags(&xlat_sock_flags, (uint32_t)arg_ulong(t, 3), "SOCK_???");
	return RVAL_FD;
}

/* ---- sendto, recvfrom ---- */

static void print_flags_msg(uint64_t flags)
{
	printflags(&xlat_msg_flags, (unsigned)flags, "MSG_???");
}

int dec_sendto(struct tracee *t)
{
	int fd = arg_int(t, 0);

	if (exiting(t))
		return 0;
	printfd(t, fd);
	tputs(", ");
	print_sock_payload(t, fd, arg_ulong(t, 1), arg_ulong(t, 2));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
	print_flags_msg(arg_ulong(t, 3));
	if (t->se->nargs < 6)
		return DEC_DONE;
	tputs(", ");
	if (arg_ulong(t, 4))
		print_sockaddr(t, arg_ulong(t, 4), arg_int(t, 5));
	else
		tputs("NULL");
	tprintf(", %d", arg_int(t, 5));
	return DEC_DONE;
}

int dec_recvfrom(struct tracee *t)
{
	int fd = arg_int(t, 0);

	if (entering(t)) {
		printfd(t, fd);
		tputs(", ");
		if (t->se->nargs >= 6)
			save_len(t, arg_ulong(t, 5));
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_sock_payload(t, fd, arg_ulong(t, 1), t->rval);
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
	print_flags_msg(arg_ulong(t, 3));
	if (t->se->nargs < 6)
		return 0;
	tputs(", ");
	print_sockaddr_out(t, arg_ulong(t, 4), arg_ulong(t, 5));
	return 0;
}

/* ---- message headers ---- */

static int read_msghdr(struct tracee *t, uint64_t addr, struct msghdr_n *m)
{
	unsigned char b[56];

	if (umoven(t, addr, msghdr_size(t), b) < 0)
		return -1;
	msghdr_from(t, b, m);
	return 0;
}

/*
 * [{iov_base="...", iov_len=N}, ...]; the data shown is at most `data` bytes in all (what
 * the call moved), or each whole buffer when data is UINT64_MAX.
 */
struct iov_data {
	int fd;
	uint64_t data;	/* bytes still to show, UINT64_MAX: all */
};

static void print_iov_data_elem(struct tracee *t, const void *elem, void *arg)
{
	struct iov_data *d = arg;
	uint64_t base = 0, len = 0, shown;
	unsigned w = tracee_word_bits(t) / 8;

	memcpy(&base, elem, w);
	memcpy(&len, (const char *)elem + w, w);
	shown = len < d->data ? len : d->data;
	tputs("{iov_base=");
	print_sock_payload(t, d->fd, base, shown);
	tprintf(", iov_len=%" PRIu64 "}", len);
	if (d->data != UINT64_MAX)
		d->data -= shown;
}

static void print_iov_data(struct tracee *t, int fd, uint64_t addr, uint64_t n, uint64_t data)
{
	struct iov_data d = { fd, data };

	if (!addr && !n) {
		tputs("NULL");
		return;
	}
	if (n > MSGHDR_MAX_IOV) {
		printaddr(addr);
		return;
	}
	print_array(t, addr, n, 2 * (tracee_word_bits(t) / 8), print_iov_data_elem, &d);
}

/* the descriptors passed, each with its -y details in the process that holds it */
static void print_scm_rights(struct tracee *t, const unsigned char *d, size_t n)
{
	tputc('[');
	for (size_t i = 0; i + 4 <= n; i += 4) {
		if (i)
			tputs(", ");
		printfd(t, (int)get32(d + i));
	}
	tputc(']');
}

static void print_scm_creds(const unsigned char *d, size_t n)
{
	if (n < 12) {
		print_quoted(d, n, 0);
		return;
	}
	tprintf("{pid=%d, uid=%u, gid=%u}", (int)get32(d), get32(d + 4), get32(d + 8));
}

static void print_cmsg_data(struct tracee *t, int level, int type, const unsigned char *d,
			    size_t n)
{
	if (level == SOL_SOCKET && type == SCM_RIGHTS)
		print_scm_rights(t, d, n);
	else if (level == SOL_SOCKET && type == SCM_CREDENTIALS)
		print_scm_creds(d, n);
	else
		print_quoted(d, n, 0);
}

/* [{cmsg_len=N, cmsg_level=..., cmsg_type=..., cmsg_data=...}, ...] */
static void print_cmsgs(struct tracee *t, uint64_t addr, uint64_t size)
{
	unsigned w = tracee_word_bits(t) / 8;
	size_t hdr = w + 8;
	unsigned char buf[4096];
	size_t off = 0;
	int n = 0;

	if (size > sizeof(buf))
		size = sizeof(buf);
	if (size < hdr || umoven(t, addr, size, buf) < 0) {
		printaddr(addr);
		return;
	}
	tputc('[');
	while (off + hdr <= size) {
		uint64_t len = w == 4 ? get32(buf + off) : 0;
		int level, type;

		if (w == 8)
			memcpy(&len, buf + off, 8);
		level = (int)get32(buf + off + w);
		type = (int)get32(buf + off + w + 4);
		if (n++)
			tputs(", ");
		tprintf("{cmsg_len=%" PRIu64 ", cmsg_level=", len);
		printxval(&xlat_socket_levels, (unsigned)level, "SOL_??");
		tputs(", cmsg_type=");
		if (level == SOL_SOCKET)
			printxval(&xlat_scm_types, (unsigned)type, "SCM_???");
		else
			tprintf("%#x", type);
		if (len > hdr) {
			size_t dlen = len - hdr;
			if (off + hdr + dlen > size)
				dlen = size - off - hdr;
			tputs(", cmsg_data=");
			print_cmsg_data(t, level, type, buf + off + hdr, dlen);
		}
		tputc('}');
		if (len < hdr)
			break;
		off += (len + w - 1) & ~(uint64_t)(w - 1);
	}
	tputc(']');
}

/*
 * A message header. name_in is the msg_namelen the caller gave (it differs from m's after
 * recvmsg), data the bytes the call moved (UINT64_MAX: each buffer whole).
 */
static void print_msghdr_n(struct tracee *t, int fd, const struct msghdr_n *m, uint32_t name_in,
			   uint64_t data)
{
	tputs("{msg_name=");
	if (m->name) {
		int len = (int)(m->namelen < name_in ? m->namelen : name_in);
		print_sockaddr(t, m->name, len);
	} else {
		tputs("NULL");
	}
	if (name_in != m->namelen)
		tprintf(", msg_namelen=%d => %d", (int)name_in, (int)m->namelen);
	else
		tprintf(", msg_namelen=%d", (int)m->namelen);
	tputs(", msg_iov=");
	print_iov_data(t, fd, m->iov, m->iovlen, data);
	tprintf(", msg_iovlen=%" PRIu64, m->iovlen);
	if (m->controllen) {
		tputs(", msg_control=");
		print_cmsgs(t, m->control, m->controllen);
	}
	tprintf(", msg_controllen=%" PRIu64 ", msg_flags=", m->controllen);
	print_flags_msg(m->flags);
	tputc('}');
}

int dec_sendmsg(struct tracee *t)
{
	struct msghdr_n m;
	int fd = arg_int(t, 0);

	if (exiting(t))
		return 0;
	printfd(t, fd);
	tputs(", ");
	if (read_msghdr(t, arg_ulong(t, 1), &m) < 0)
		printaddr(arg_ulong(t, 1));
	else
		print_msghdr_n(t, fd, &m, m.namelen, UINT64_MAX);
	tputs(", ");
	print_flags_msg(arg_ulong(t, 2));
	return DEC_DONE;
}

int dec_recvmsg(struct tracee *t)
{
	struct len_memo *namelen = call_memo(t, struct len_memo);
	struct msghdr_n m;
	int fd = arg_int(t, 0);

	if (entering(t)) {
		printfd(t, fd);
		tputs(", ");
		namelen->read = read_msghdr(t, arg_ulong(t, 1), &m) == 0;
		namelen->len = namelen->read ? (int)m.namelen : 0;
		if (namelen->read)
			return 0;
		printaddr(arg_ulong(t, 1));	/* no header to read back: all at entry */
		tputs(", ");
		print_flags_msg(arg_ulong(t, 2));
		return DEC_DONE;
	}
	if (!namelen->read || read_msghdr(t, arg_ulong(t, 1), &m) < 0)
		printaddr(arg_ulong(t, 1));
	else if (t->err)
		tprintf("{msg_namelen=%d}", namelen->len);
	else
		print_msghdr_n(t, fd, &m, (uint32_t)namelen->len, t->rval);
	tputs(", ");
	print_flags_msg(arg_ulong(t, 2));
	return 0;
}

/* ---- sendmmsg, recvmmsg ---- */

static size_t mmsghdr_size(struct tracee *t)
{
	return tracee_word_bits(t) == 32 ? 32 : 64;
}

struct mmsg_show {
	int fd, recv;
	uint64_t with_len;	/* the first this many messages were moved: their msg_len shows */
	uint64_t i;
};

static void print_mmsghdr(struct tracee *t, const void *elem, void *arg)
{
	struct mmsg_show *s = arg;
	struct msghdr_n m;
	uint32_t len = get32((const unsigned char *)elem + msghdr_size(t));

	msghdr_from(t, elem, &m);
	tputs("{msg_hdr=");
	print_msghdr_n(t, s->fd, &m, m.namelen, s->recv ? len : UINT64_MAX);
	if (s->i++ < s->with_len)
		tprintf(", msg_len=%u", len);
	tputc('}');
}

/* n messages, the first with_len of them moved by the call */
static void print_mmsgvec(struct tracee *t, int fd, uint64_t addr, uint64_t n,
			  uint64_t with_len, int recv)
{
	struct mmsg_show s = { fd, recv, with_len, 0 };

	if (!addr) {
		printaddr(addr);
		return;
	}
	print_array(t, addr, n, mmsghdr_size(t), print_mmsghdr, &s);
}

int dec_sendmmsg(struct tracee *t)
{
	int fd = arg_int(t, 0);

	if (entering(t)) {
		printfd(t, fd);
		tputs(", ");
		return 0;
	}
	/* every message given, as strace 7.2 prints them; msg_len of those sent */
	print_mmsgvec(t, fd, arg_ulong(t, 1), (uint32_t)arg_ulong(t, 2), t->err ? 0 : t->rval, 0);
	tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
	print_flags_msg(arg_ulong(t, 3));
	return 0;
}

/* The timeout as it was at entry, kept in the call's memo: it prints after the messages. */
struct timeout_memo {
	int read;
	int64_t sec, nsec;
};

static int read_timespec(struct tracee *t, uint64_t addr, int64_t *sec, int64_t *nsec)
{
	if (tracee_time_bits(t) == 32) {
		int32_t ts[2];
		if (umoven(t, addr, sizeof(ts), ts) < 0)
			return -1;
		*sec = ts[0];
		*nsec = ts[1];
		return 0;
	}
	int64_t ts[2];
	if (umoven(t, addr, sizeof(ts), ts) < 0)
		return -1;
	*sec = ts[0];
	*nsec = ts[1];
	return 0;
}

int dec_recvmmsg(struct tracee *t)
{
	static char left[96];
	uint64_t tsp = arg_ulong(t, 4);
	int fd = arg_int(t, 0);
	struct timeout_memo *was = call_memo(t, struct timeout_memo);
	int64_t sec, nsec;

	if (entering(t)) {
		printfd(t, fd);
		tputs(", ");
		was->read = tsp && read_timespec(t, tsp, &was->sec, &was->nsec) == 0;
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_mmsgvec(t, fd, arg_ulong(t, 1), t->rval, t->rval, 1);
	tprintf(", %u, ", (unsigned)arg_ulong(t, 2));
	print_flags_msg(arg_ulong(t, 3));
	tputs(", ");
	if (!was->read) {
		printaddr(tsp);
		return 0;
	}
	out_mark(OUT_MARK_VERBATIM);	/* strace's text of it, made at entry: no colour */
	tprintf("{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", was->sec,
		time_frac(was->nsec, tracee_time_bits(t)));
	out_mark(OUT_MARK_END);
	if (t->err || read_timespec(t, tsp, &sec, &nsec) < 0)
		return 0;
	snprintf(left, sizeof(left), "left {tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", sec,
		 time_frac(nsec, tracee_time_bits(t)));
	t->auxstr = left;
	return RVAL_STR;
}

/* ---- socket options ---- */

/*
 * The names of a level's options are the set xlat/sockopts_NAME.list for SOL_NAME; where
 * getsockopt and setsockopt give a number different options (netfilter's IPT_SO_SET_* and
 * IPT_SO_GET_*), sockopts_NAME_get or _set names it first. A level without a list prints
 * its options as numbers, as strace does.
 */
static const struct xlat *sockopt_names(int level, const char *suffix)
{
	const char *lname = xlat_name(&xlat_socket_levels, (unsigned)level);
	char set[64];
	int n;

	if (!lname || strncmp(lname, "SOL_", 4))
		return NULL;
	n = snprintf(set, sizeof(set), "sockopts_");
	for (const char *c = lname + 4; *c && n < (int)sizeof(set) - 1; c++)
		set[n++] = (char)tolower((unsigned char)*c);
	snprintf(set + n, sizeof(set) - n, "%s", suffix);
	return xlat_by_name(set);
}

static int is_getsockopt(struct tracee *t)
{
	return !strcmp(t->se->name, "getsockopt");
}

static void print_sockopt_name(struct tracee *t, int level, int name)
{
	const struct xlat *x = sockopt_names(level, "");
	const struct xlat *dir = sockopt_names(level, is_getsockopt(t) ? "_get" : "_set");

	if (dir && xlat_name(dir, (unsigned)name))
		x = dir;
	if (x)
		printxval(x, (unsigned)name, NULL);
	else
		tprintf("%u", (unsigned)name);
}

static void print_sockopt_head(struct tracee *t)
{
	printfd(t, arg_int(t, 0));
	tputs(", ");
	printxval(&xlat_socket_levels, (unsigned)arg_int(t, 1), "SOL_??");
	tputs(", ");
	print_sockopt_name(t, arg_int(t, 1), arg_int(t, 2));
	tputs(", ");
}

static int is_opt(int level, int name, int want_level, int want_name)
{
	return level == want_level && name == want_name;
}

/* Options that are an int whatever optlen says, as long as there are 4 bytes. */
static int int_option(int level, int name)
{
	return xlat_find(&xlat_sockopt_int_levels, (unsigned)level) ||
	       (level == SOL_SOCKET && xlat_find(&xlat_sockopts_socket_int, (unsigned)name));
}

static void print_int_at(struct tracee *t, uint64_t addr)
{
	int v;

	if (umove_or_printaddr(t, addr, sizeof(v), &v) == 0)
		tprintf("[%d]", v);
}

static void print_linger(struct tracee *t, uint64_t addr)
{
	int l[2];

	if (umove_or_printaddr(t, addr, sizeof(l), l) == 0)
		tprintf("{l_onoff=%d, l_linger=%d}", l[0], l[1]);
}

/* {len=N, filter=...}: a classic BPF program (src/decode/cbpf.c). */
void print_sock_fprog(struct tracee *t, uint64_t addr)
{
	print_cbpf_fprog(t, addr, 0);
}

/* struct ip_mreq (an ip_mreqn prints as its first two fields, as strace does). */
static void print_ip_mreq(struct tracee *t, uint64_t addr)
{
	unsigned char b[8];

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	tputc('{');
	print_net_field("imr_multiaddr", b, 4, print_inet_addr);
	tputs(", ");
	print_net_field("imr_interface", b + 4, 4, print_inet_addr);
	tputc('}');
}

static void print_ipv6_mreq(struct tracee *t, uint64_t addr)
{
	unsigned char b[20];

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	tputc('{');
	print_in6_field("ipv6mr_multiaddr", b);
	tputs(", ipv6mr_interface=");
	print_ifindex(get32(b + 16));
	tputc('}');
}

/* struct group_req: the sockaddr_storage after it is aligned to the tracee's word. */
static unsigned group_req_size(struct tracee *t)
{
	return tracee_word_bits(t) / 8 + SOCKADDR_MAX;
}

static void print_group_req(struct tracee *t, uint64_t addr)
{
	uint32_t idx;

	if (umove_or_printaddr(t, addr, sizeof(idx), &idx) < 0)
		return;
	tputs("{gr_interface=");
	print_ifindex(idx);
	tputs(", gr_group=");
	print_sockaddr(t, addr + tracee_word_bits(t) / 8, SOCKADDR_MAX);
	tputc('}');
}

static int is_mcast_group(int level, int name)
{
	return (level == SOL_IP || level == SOL_IPV6) &&
	       (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP);
}

/* An option known by its name only (newer than the build's headers): the names are data. */
static int is_named_opt(int level, int name, int want_level, const char *want)
{
	const struct xlat *x = sockopt_names(level, "");
	const char *n = x ? xlat_name(x, (unsigned)name) : NULL;

	return level == want_level && n && !strcmp(n, want);
}

/* struct packet_mreq: the address as hex bytes, as many as mr_alen says (at most 8) */
static void print_packet_mreq(struct tracee *t, uint64_t addr)
{
	unsigned char b[16];
	unsigned alen;

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	alen = get16(b + 6);
	tputs("{mr_ifindex=");
	print_ifindex(get32(b));
	tputs(", mr_type=");
	printxval(&xlat_packet_mr_types, get16(b + 4), "PACKET_MR_???");
	tprintf(", mr_alen=%u, mr_address=", alen);
	for (unsigned i = 0; i < alen && i < 8; i++)
		tprintf(i ? ":%02x" : "%02x", b[8 + i]);
	tputc('}');
}

/* struct tpacket_req */
static void print_tpacket_req(struct tracee *t, uint64_t addr)
{
	uint32_t r[4];

	if (umove_or_printaddr(t, addr, sizeof(r), r) == 0)
		tprintf("{tp_block_size=%u, tp_block_nr=%u, tp_frame_size=%u, tp_frame_nr=%u}",
			r[0], r[1], r[2], r[3]);
}

/*
 * ICMP_FILTER's 32 bits, one per ICMP type: [NAME ...], or ~[NAME ...] for the bits not set
 * when most are. Bytes past a short optlen count as set, as strace reads them.
 */
static void print_icmp_filter(struct tracee *t, uint64_t addr, int len)
{
	uint32_t v = ~0u;
	int set = 0, first = 1, invert;

	if (umove_or_printaddr(t, addr, len < 4 ? len : 4, &v) < 0)
		return;
	for (unsigned i = 0; i < 32; i++)
		set += v >> i & 1;
	invert = set > 16;
	tputs(invert ? "~[" : "[");
	for (unsigned i = 0; i < 32; i++) {
		if ((v >> i & 1) == (unsigned)invert)
			continue;
		tputs(first ? "" : " ");
		first = 0;
		printxval(&xlat_icmp_filter_types, i, "ICMP_???");
	}
	tputc(']');
}

/* IP_LOCAL_PORT_RANGE: the int in hex with "LOW..HIGH" in a comment, else its bytes in hex */
static void print_port_range(struct tracee *t, uint64_t addr, int len)
{
	unsigned char b[4];

	if (len != 4) {
		printstr_n_flags(t, addr, (uint64_t)(int64_t)len, QUOTE_FORCE_HEX);
		return;
	}
	if (umove_or_printaddr(t, addr, 4, b) < 0)
		return;
	tputc('[');
	printnum_hex(get32(b));
	tprintf(" /* %u..%u */]", get16(b), get16(b + 2));
}

/* SO_TXREHASH's int: a SOCK_TXREHASH_* constant */
static void print_txrehash(struct tracee *t, uint64_t addr)
{
	int v;

	if (umove_or_printaddr(t, addr, sizeof(v), &v) < 0)
		return;
	tputc('[');
	if (xlat_name(&xlat_sock_txrehash, (unsigned)v))
		printxval(&xlat_sock_txrehash, (unsigned)v, NULL);
	else
		tprintf("%d /* SOCK_TXREHASH_??? */", v);
	tputc(']');
}

/* struct tipc_group_req */
static void print_tipc_group_req(struct tracee *t, uint64_t addr)
{
	uint32_t g[4];

	if (umove_or_printaddr(t, addr, sizeof(g), g) < 0)
		return;
	tprintf("{type=%u, instance=%u, scope=", g[0], g[1]);
	printxval(&xlat_tipc_scopes, g[2], NULL);
	tputs(", flags=");
	printflags(&xlat_tipc_group_flags, g[3], "TIPC_GROUP_???");
	tputc('}');
}

/* SOL_TIPC: strace reads an int whatever optlen says, but for a group to join and the
 * importance (a constant, from 4 bytes on) */
static void print_tipc_sockopt(struct tracee *t, int name, uint64_t addr, int len)
{
	int v;

	if (is_named_opt(SOL_TIPC, name, SOL_TIPC, "TIPC_GROUP_JOIN")) {
		if (len >= 16)
			print_tipc_group_req(t, addr);
		else
			printaddr(addr);
		return;
	}
	if (is_named_opt(SOL_TIPC, name, SOL_TIPC, "TIPC_IMPORTANCE")) {
		if (len < 4)
			printaddr(addr);
		else if (umove_or_printaddr(t, addr, sizeof(v), &v) == 0) {
			tputc('[');
			printxval(&xlat_tipc_importance, (unsigned)v, NULL);
			tputc(']');
		}
		return;
	}
	if (umove_or_printaddr(t, addr, sizeof(v), &v) == 0)
		tprintf("[%d]", v);
}

/* The options whose value strace 7.2 prints by name (their numbers are data): 1 if printed. */
static int print_named_sockopt(struct tracee *t, int level, int name, uint64_t addr, int len)
{
	if (level == SOL_TIPC) {
		print_tipc_sockopt(t, name, addr, len);
		return 1;
	}
	if (is_named_opt(level, name, SOL_PACKET, "PACKET_ADD_MEMBERSHIP") ||
	    is_named_opt(level, name, SOL_PACKET, "PACKET_DROP_MEMBERSHIP")) {
		if (len == 16)
			print_packet_mreq(t, addr);
		else
			printaddr(addr);
		return 1;
	}
	if (is_named_opt(level, name, SOL_PACKET, "PACKET_RX_RING") ||
	    is_named_opt(level, name, SOL_PACKET, "PACKET_TX_RING")) {
		if (len == 16)
			print_tpacket_req(t, addr);
		else
			printaddr(addr);
		return 1;
	}
	if (is_named_opt(level, name, SOL_RAW, "ICMP_FILTER")) {
		if (len > 0)
			print_icmp_filter(t, addr, len);
		else
			printaddr(addr);
		return 1;
	}
	if (is_named_opt(level, name, SOL_IP, "IP_LOCAL_PORT_RANGE")) {
		print_port_range(t, addr, len);
		return 1;
	}
	if (is_named_opt(level, name, SOL_SOCKET, "SO_TXREHASH") && len >= 4) {
		print_txrehash(t, addr);
		return 1;
	}
	return 0;
}

/* Structures setsockopt takes: 1 when printed, 0 for the generic printers. */
static int print_setsockopt_struct(struct tracee *t, int level, int name, uint64_t addr, int len)
{
	if (is_opt(level, name, SOL_IP, IP_ADD_MEMBERSHIP) ||
	    is_opt(level, name, SOL_IP, IP_DROP_MEMBERSHIP)) {
		if (len < 8)
			printaddr(addr);
		else
			print_ip_mreq(t, addr);
		return 1;
	}
	if (is_opt(level, name, SOL_IPV6, IPV6_ADD_MEMBERSHIP) ||
	    is_opt(level, name, SOL_IPV6, IPV6_DROP_MEMBERSHIP) ||
	    is_opt(level, name, SOL_IPV6, IPV6_JOIN_ANYCAST) ||
	    is_opt(level, name, SOL_IPV6, IPV6_LEAVE_ANYCAST)) {
		if (len < 20)
			printaddr(addr);
		else
			print_ipv6_mreq(t, addr);
		return 1;
	}
	if (is_mcast_group(level, name)) {
		if (len < (int)group_req_size(t))
			printaddr(addr);
		else
			print_group_req(t, addr);
		return 1;
	}
	return 0;
}

/* PACKET_ADD/DROP_MEMBERSHIP: a struct strace decodes, shown by address when too short */
static int packet_membership(int level, int name)
{
	return is_opt(level, name, SOL_PACKET, PACKET_ADD_MEMBERSHIP) ||
	       is_opt(level, name, SOL_PACKET, PACKET_DROP_MEMBERSHIP);
}

static void print_setsockopt_value(struct tracee *t, int level, int name, uint64_t addr, int len)
{
	if (print_setsockopt_struct(t, level, name, addr, len) ||
	    print_named_sockopt(t, level, name, addr, len))
		return;
	if (is_opt(level, name, SOL_SOCKET, SO_LINGER)) {
		if (len >= 8)
			return print_linger(t, addr);
	} else if (is_opt(level, name, SOL_SOCKET, SO_ATTACH_FILTER) ||
		   is_opt(level, name, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF)) {
		if (len == (int)(tracee_word_bits(t) / 4))	/* a struct sock_fprog, exactly */
			return print_sock_fprog(t, addr);
	} else if (int_option(level, name)) {
		if (len >= 4)
			return print_int_at(t, addr);
	} else if (len == 4) {
		return print_int_at(t, addr);
	} else if (len != 0 && !t->style.terse) {
		/* strace shows the value as a structure: outside -e verbose=, its address;
		 * a negative length reads as a huge one, cut at -s */
		return printstr_n(t, addr, (uint64_t)(int64_t)len);
	} else if (len == 0 && !packet_membership(level, name) && !t->style.terse) {
		return printstr_n(t, addr, 0);	/* an empty value: "" */
	}
	printaddr(addr);
}

int dec_setsockopt(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_sockopt_head(t);
	print_setsockopt_value(t, arg_int(t, 1), arg_int(t, 2), arg_ulong(t, 3), arg_int(t, 4));
	tprintf(", %d", arg_int(t, 4));
	return DEC_DONE;
}

/* One int field of a struct the kernel filled only in part: the bytes it has, in hex. */
static void print_part_int(const unsigned char *b, int have)
{
	int v;

	if (have >= 4) {
		memcpy(&v, b, sizeof(v));
		tprintf("%d", v);
	} else {
		print_quoted(b, have, QUOTE_FORCE_HEX);
	}
}

/* A struct linger cut short by the length the kernel returned. */
static void print_short_linger(struct tracee *t, uint64_t addr, int len)
{
	unsigned char b[8];

	if (umove_or_printaddr(t, addr, len, b) < 0)
		return;
	tputs("{l_onoff=");
	print_part_int(b, len);
	if (len > 4) {
		tputs(", l_linger=");
		print_part_int(b + 4, len - 4);
	}
	tputc('}');
}

/* struct ucred as far as the kernel wrote it: a field it cut short shows its bytes in hex. */
static void print_peercred(struct tracee *t, uint64_t addr, int len)
{
	static const char *const fields[] = { "pid", "uid", "gid" };
	unsigned char b[12];

	if (len > (int)sizeof(b))
		len = sizeof(b);
	if (len <= 0) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, len, b) < 0)
		return;
	tputc('{');
	for (int i = 0; i < 3 && i * 4 < len; i++) {
		tprintf("%s%s=", i ? ", " : "", fields[i]);
		if (len - i * 4 < 4)
			print_quoted(b + i * 4, len - i * 4, QUOTE_FORCE_HEX);
		else if (i == 0)
			print_pid((int)get32(b));
		else
			print_uid(get32(b + i * 4));
	}
	tputc('}');
}

/*
 * Options whose int is a descriptor or a protocol: [5], [IPPROTO_ICMP]; fewer bytes than an
 * int show in hex. 1 when the option is one of them.
 */
static int print_typed_int_option(struct tracee *t, int level, int name, uint64_t addr, int len)
{
	int pidfd = is_named_opt(level, name, SOL_SOCKET, "SO_PEERPIDFD");
	int proto = is_named_opt(level, name, SOL_IP, "IP_PROTOCOL");
	unsigned char b[4];
	int v;

	if (!pidfd && !proto)
		return 0;
	if (len <= 0) {
		printaddr(addr);
	} else if (len < 4) {
		if (umove_or_printaddr(t, addr, len, b) == 0)
			print_quoted(b, len, QUOTE_FORCE_HEX);
	} else if (umove_or_printaddr(t, addr, sizeof(v), &v) == 0) {
		tputc('[');
		if (pidfd)
			printfd(t, v);
		else
			printxval(&xlat_ipprotos, (unsigned)v, NULL);
		tputc(']');
	}
	return 1;
}

/* struct tpacket_stats */
static void print_tpacket_stats(struct tracee *t, uint64_t addr)
{
	uint32_t st[2];

	if (umove_or_printaddr(t, addr, sizeof(st), st) == 0)
		tprintf("{tp_packets=%u, tp_drops=%u}", st[0], st[1]);
}

/* What getsockopt wrote, for the options strace 7.2 prints by name: 1 if printed. */
static int print_named_getsockopt(struct tracee *t, int level, int name, uint64_t addr, int len)
{
	if (is_named_opt(level, name, SOL_PACKET, "PACKET_STATISTICS") && len == 8) {
		print_tpacket_stats(t, addr);
		return 1;
	}
	if (is_named_opt(level, name, SOL_RAW, "ICMP_FILTER") && len > 0) {
		print_icmp_filter(t, addr, len);
		return 1;
	}
	if (is_named_opt(level, name, SOL_SOCKET, "SO_TXREHASH") && len >= 4) {
		print_txrehash(t, addr);
		return 1;
	}
	return 0;
}

static void print_getsockopt_value(struct tracee *t, int level, int name, uint64_t addr, int len)
{
	int v;

	if (is_opt(level, name, SOL_SOCKET, SO_PEERCRED))
		return print_peercred(t, addr, len);
	if (print_typed_int_option(t, level, name, addr, len))
		return;
	if (is_opt(level, name, SOL_SOCKET, SO_LINGER) && len >= 8)
		return print_linger(t, addr);
	if (is_opt(level, name, SOL_SOCKET, SO_LINGER) && len > 0)
		return print_short_linger(t, addr, len);
	if (print_named_getsockopt(t, level, name, addr, len))
		return;
	if (len == 4 || (len > 4 && int_option(level, name))) {
		if (umove_or_printaddr(t, addr, sizeof(v), &v) < 0)
			return;
		tputc('[');
		if (is_opt(level, name, SOL_SOCKET, SO_ERROR) && v > 0 && errno_name(v))
			print_errno_number(v);
		else
			tprintf("%d", v);
		tputc(']');
		return;
	}
	if (len > 0)
		printstr_n(t, addr, len);
	else
		printaddr(addr);
}

int dec_getsockopt(struct tracee *t)
{
	uint64_t lenp = arg_ulong(t, 4);
	int out;

	if (entering(t)) {
		print_sockopt_head(t);
		save_len(t, lenp);
		if (len_saved(t))
			return 0;
		printaddr(arg_ulong(t, 3));	/* no length to read back: all at entry */
		tputs(", ");
		printaddr(lenp);
		return DEC_DONE;
	}
	if (t->err || !len_saved(t) || read_int(t, lenp, &out) < 0)
		printaddr(arg_ulong(t, 3));
	else
		print_getsockopt_value(t, arg_int(t, 1), arg_int(t, 2), arg_ulong(t, 3), out);
	tputs(", ");
	print_len_io(t, lenp);
	return 0;
}
