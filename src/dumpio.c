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
#include "numset.h"

static struct numset read_set, write_set;
static int asked;	/* -e read= or write= was given */

int dumpio_enabled(void)
{
	return asked;
}

static int dumpio_fd_number(const char *w, uint64_t *n)
{
	char *end;
	long fd = strtol(w, &end, 10);

	if (*end || end == w || fd < 0 || fd > 1 << 20)
		return -1;
	*n = (uint64_t)fd;
	return 0;
}

/* "1,2", "!0", "all", "none": strace's descriptor list; one '!' at most, an empty list is
 * the empty set, and a bad word leaves the set as far as it got. */
int dumpio_qualify(int write, const char *list)
{
	static const struct list_syntax syn = {
		"descriptor", LIST_ONE_BANG | LIST_EXACT_CASE | LIST_EMPTY_OK,
		number_set_word, number_set_all, number_set_invert,
	};
	struct numset *s = write ? &write_set : &read_set;
	struct number_set ns = { s, dumpio_fd_number };

	asked = 1;
	numset_fill(s, 0);
	return list_parse(list, &syn, &ns);
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
		line_end_plain();
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

/* Whether the whole array can be read, read at once as strace reads it (so that a part
 * of it read says so on stderr as strace's does). */
static int iov_array_readable(struct tracee *t, uint64_t addr, uint64_t count)
{
	size_t size = count * 2 * (tracee_word_bits(t) / 8);
	void *all = malloc(size ? size : 1);
	int ok;

	if (!all)
		return 0;
	ok = umoven_data(t, addr, size, all) == 0;
	free(all);
	return ok;
}

/*
 * The first `limit` bytes of an iovec array (all of them when limit is -1). As strace,
 * nothing when the array cannot be read whole, and the dump ends at the first empty buffer.
 */
static void dump_iov(struct tracee *t, uint64_t addr, uint64_t count, uint64_t limit)
{
	uint64_t base, len;

	if (count > 1024)
		count = 1024;
	if (!iov_array_readable(t, addr, count))
		return;
	for (uint64_t i = 0; i < count && limit; i++) {
		if (umove_iovec(t, addr, i, &base, &len) < 0)
			return;
		if (len > limit)
			len = limit;
		if (!len)
			break;
		tprintf(" * %" PRIu64 " bytes in buffer %" PRIu64, len, i);
		line_end_plain();
		dump_mem(t, base, len);
		if (limit != (uint64_t)-1)
			limit -= len;
	}
}

/* struct msghdr's iovec, in the tracee's layout. */
static void dump_msghdr(struct tracee *t, uint64_t addr, uint64_t limit)
{
	unsigned char b[56];
	struct msghdr_n m;

	if (umoven_data(t, addr, msghdr_size(t), b) < 0)
		return;
	msghdr_from(t, b, &m);
	dump_iov(t, m.iov, m.iovlen, limit);
}

/* sendmmsg, recvmmsg: each message the call moved, its msg_len bytes. */
static void dump_mmsgs(struct tracee *t, uint64_t addr, uint64_t moved)
{
	size_t hs = msghdr_size(t), size = tracee_word_bits(t) == 32 ? 32 : 64;
	unsigned char b[64];
	struct msghdr_n m;

	for (uint64_t i = 0; i < moved && i < 1024; i++) {
		if (umoven_data(t, addr + i * size, size, b) < 0)
			return;
		msghdr_from(t, b, &m);
		tprintf(" = %" PRIu64 " buffers in vector %" PRIu64, m.iovlen, i);
		line_end_plain();
		dump_iov(t, m.iov, m.iovlen, get32(b + hs));
	}
}

/* The data the call moved, where its signature says it is: at most limit bytes of it. */
static void dump_data(struct tracee *t, uint64_t limit)
{
	unsigned where = t->se->flags;

	if (where & SF_DATA_BUF)
		dump_mem(t, arg_ulong(t, 1), limit);
	else if (where & SF_DATA_IOV)
		dump_iov(t, arg_ulong(t, 1), arg_ulong(t, 2), limit);
	else if (where & SF_DATA_MSG)
		dump_msghdr(t, arg_ulong(t, 1), limit);
	else if (where & SF_DATA_MMSG && !t->err)
		dump_mmsgs(t, arg_ulong(t, 1), (uint64_t)t->rval);
}

static void dump_read(struct tracee *t)
{
	if (t->se->flags & SF_READS)
		dump_data(t, t->rval);	/* what the call returned it read */
}

static void dump_write(struct tracee *t)
{
	if (!(t->se->flags & SF_WRITES))
		return;
	/* a buffer: its size argument; vectors: each buffer whole */
	dump_data(t, t->se->flags & SF_DATA_BUF ? arg_ulong(t, 2) : (uint64_t)-1);
}

void dumpio(struct tracee *t)
{
	int fd = arg_int(t, 0);

	if (!t->se || fd < 0)
		return;
	/* strace dumps what a write was given even when it failed */
	if (numset_has(&write_set, fd))
		dump_write(t);
	if (!t->err && numset_has(&read_set, fd))
		dump_read(t);
}
