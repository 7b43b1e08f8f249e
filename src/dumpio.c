/*
 * dumpio.c: -e read=FDS and -e write=FDS. After the line of a successful read or write on
 * one of those descriptors comes a hex dump of the bytes moved, in strace's layout:
 *
 *  | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 0a              hello world.     |
 */
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "dumpio.h"
#include "fdinfo.h"
#include "sysids.h"

/* A set of descriptors: a bitmap of the small ones, `all` for the rest. */
struct fdset {
	unsigned char *bits;
	size_t nbits;
	int all;
};

static struct fdset read_set, write_set;

static int fdset_has(const struct fdset *s, int64_t fd)
{
	if (fd < 0)
		return 0;
	if ((uint64_t)fd >= s->nbits)
		return s->all;
	return !!(s->bits[fd / 8] & (1u << (fd % 8)));
}

static void fdset_put(struct fdset *s, unsigned fd, int on)
{
	if (fd >= s->nbits) {
		size_t n = (fd / 8 + 1) * 2;
		unsigned char *b = realloc(s->bits, n);

		if (!b)
			die("out of memory");
		memset(b + s->nbits / 8, s->all ? 0xff : 0, n - s->nbits / 8);
		s->bits = b;
		s->nbits = n * 8;
	}
	if (on)
		s->bits[fd / 8] |= 1u << (fd % 8);
	else
		s->bits[fd / 8] &= ~(1u << (fd % 8));
}

static void fdset_fill(struct fdset *s, int on)
{
	s->all = on;
	if (s->bits)
		memset(s->bits, on ? 0xff : 0, s->nbits / 8);
}

/* "1,2", "!0", "all", "none": strace's descriptor list. */
int dumpio_qualify(int write, const char *list)
{
	struct fdset *s = write ? &write_set : &read_set;
	int negate = 0;
	char *copy, *w, *save;

	if (*list == '!') {
		negate = 1;
		list++;
	}
	copy = strdup(list);
	if (!copy)
		die("out of memory");
	fdset_fill(s, 0);
	for (w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		char *end;
		long fd;

		if (strcmp(w, "all") == 0) {
			fdset_fill(s, 1);
			continue;
		}
		if (strcmp(w, "none") == 0)
			continue;
		fd = strtol(w, &end, 10);
		if (*end || end == w || fd < 0 || fd > 1 << 20) {
			warnx_("invalid descriptor '%s'", w);
			free(copy);
			return -1;
		}
		fdset_put(s, fd, 1);
	}
	free(copy);
	if (negate) {
		s->all = !s->all;
		for (size_t i = 0; i < s->nbits / 8; i++)
			s->bits[i] = ~s->bits[i];
	}
	return 0;
}

static int printable(unsigned char c)
{
	return c >= ' ' && c < 0x7f;
}

void dump_bytes(const unsigned char *buf, size_t len)
{
	for (size_t off = 0; off < len; off += 16) {
		char line[128];
		char *p = line;

		p += sprintf(p, " | %05zx  ", off);
		for (size_t i = 0; i < 16; i++) {
			if (off + i < len)
				p += sprintf(p, "%02x ", buf[off + i]);
			else
				p += sprintf(p, "   ");
			if (i == 7)
				*p++ = ' ';
		}
		*p++ = ' ';
		for (size_t i = 0; i < 16; i++)
			*p++ = off + i < len ? (printable(buf[off + i]) ? buf[off + i] : '.') : ' ';
		p += sprintf(p, " |");
		twrite(line, p - line);
		line_end();
	}
}

static void dump_mem(struct tracee *t, uint64_t addr, uint64_t len)
{
	unsigned char *buf;

	if (!len || len > (1u << 30))
		return;
	buf = malloc(len);
	if (!buf)
		return;
	if (umoven_data(t, addr, len, buf) == 0)
		dump_bytes(buf, len);
	free(buf);
}

/* The first `limit` bytes of an iovec array (all of them when limit is -1). */
static void dump_iov(struct tracee *t, uint64_t addr, uint64_t count, uint64_t limit)
{
	for (uint64_t i = 0; i < count && i < 1024 && limit; i++) {
		uint64_t base, len;

		if (umove_iovec(t, addr, i, &base, &len) < 0)
			return;
		if (len > limit)
			len = limit;
		tprintf(" * %" PRIu64 " bytes in buffer %" PRIu64, len, i);
		line_end();
		dump_mem(t, base, len);
		if (limit != (uint64_t)-1)
			limit -= len;
	}
}

/* struct msghdr's iovec, in the tracee's layout. */
static void dump_msghdr(struct tracee *t, uint64_t addr, uint64_t limit)
{
	uint64_t iov, iovlen;

	if (tracee_word_bits(t) == 64) {
		uint64_t m[4];
		if (umoven_data(t, addr, sizeof(m), m) < 0)
			return;
		iov = m[2];
		iovlen = m[3];
	} else {
		uint32_t m[4];
		if (umoven_data(t, addr, sizeof(m), m) < 0)
			return;
		iov = m[2];
		iovlen = m[3];
	}
	dump_iov(t, iov, iovlen, limit);
}

static void dump_read(struct tracee *t)
{
	switch (t->id) {
	case SYS_read:
	case SYS_pread64:
	case SYS_recv:
	case SYS_recvfrom:
	case SYS_mq_timedreceive:
	case SYS_mq_timedreceive_time64:
		dump_mem(t, arg_ulong(t, 1), t->rval);
		break;
	case SYS_readv:
	case SYS_preadv:
	case SYS_preadv2:
		dump_iov(t, arg_ulong(t, 1), arg_ulong(t, 2), t->rval);
		break;
	case SYS_recvmsg:
		dump_msghdr(t, arg_ulong(t, 1), t->rval);
		break;
	}
}

static void dump_write(struct tracee *t)
{
	switch (t->id) {
	case SYS_write:
	case SYS_pwrite64:
	case SYS_send:
	case SYS_sendto:
	case SYS_mq_timedsend:
	case SYS_mq_timedsend_time64:
		dump_mem(t, arg_ulong(t, 1), arg_ulong(t, 2));
		break;
	case SYS_writev:
	case SYS_pwritev:
	case SYS_pwritev2:
	case SYS_vmsplice:
		dump_iov(t, arg_ulong(t, 1), arg_ulong(t, 2), (uint64_t)-1);
		break;
	case SYS_sendmsg:
		dump_msghdr(t, arg_ulong(t, 1), (uint64_t)-1);
		break;
	}
}

void dumpio(struct tracee *t)
{
	int fd = arg_int(t, 0);

	if (!t->se || fd < 0)
		return;
	/* strace dumps what a write was given even when it failed */
	if (fdset_has(&write_set, fd))
		dump_write(t);
	if (!t->err && fdset_has(&read_set, fd))
		dump_read(t);
}
