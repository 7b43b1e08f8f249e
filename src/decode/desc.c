/*
 * desc.c: decoders for calls on descriptors and their I/O: vectored and positioned reads
 * and writes, fcntl, pipes, poll and select, epoll, timerfd, signalfd, sendfile and the
 * splice family, the calls whose 64-bit offsets 32-bit ABIs pass in two registers, and the
 * flags of fanotify_init and memfd_create.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>

#include "decode.h"

/* ---- shared helpers ---- */

static int split_offsets(const struct tracee *t)
{
	return t->arch && t->arch->bits == 32 && t->arch->nr_base == 0;
}

/*
 * A 64-bit offset starting at argument *i: one register on 64-bit ABIs, a low/high pair on
 * i386 and arm (arm's pairs start at an even register). *i moves past it.
 */
static int64_t arg_off64(struct tracee *t, int *i)
{
	uint64_t lo, hi;

	if (!split_offsets(t))
		return (int64_t)t->args[(*i)++];
	if (t->arch->name && strcmp(t->arch->name, "arm") == 0 && (*i & 1))
		(*i)++;
	lo = (uint32_t)t->args[*i];
	hi = (uint32_t)t->args[*i + 1];
	*i += 2;
	return (int64_t)(lo | hi << 32);
}

int umove_iovec(struct tracee *t, uint64_t addr, uint64_t idx, uint64_t *base, uint64_t *len)
{
	if (tracee_word_bits(t) == 64) {
		uint64_t v[2];
		if (umoven(t, addr + idx * sizeof(v), sizeof(v), v) < 0)
			return -1;
		*base = v[0];
		*len = v[1];
	} else {
		uint32_t v[2];
		if (umoven(t, addr + idx * sizeof(v), sizeof(v), v) < 0)
			return -1;
		*base = v[0];
		*len = v[1];
	}
	return 0;
}

/*
 * strace's arrays: NULL, [], or [a, b, ...] cut after -s elements unless -v; an element
 * that cannot be read ends the array with its address in a comment.
 */
void print_array(struct tracee *t, uint64_t addr, uint64_t n, size_t size,
		 void (*fn)(struct tracee *t, const void *elem, void *data), void *data)
{
	unsigned char elem[64];
	uint64_t i;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (!n) {
		tputs("[]");
		return;
	}
	if (size > sizeof(elem) || n > UINT64_MAX / size || addr + n * size < addr) {
		printaddr(addr);
		return;
	}
	if (umoven(t, addr, size, elem) < 0) {
		printaddr(addr);
		return;
	}
	tputc('[');
	for (i = 0; i < n; i++) {
		uint64_t cur = addr + i * size;

		if (i)
			tputs(", ");
		/* strace reads the element before it looks at the limit */
		if (i && umoven(t, cur, size, elem) < 0) {
			tprintf("... /* %#" PRIx64 " */", cur);
			break;
		}
		if (style_abbrev() && i >= (uint64_t)opt.max_strlen) {
			tputs("...");
			break;
		}
		fn(t, elem, data);
	}
	tputc(']');
}

/* How much of each buffer an iovec array shows: all (-1), none (addresses), or a count. */
struct iov_limit {
	int addresses;
	uint64_t left;
};

static void print_iovec_elem(struct tracee *t, const void *elem, void *data)
{
	struct iov_limit *lim = data;
	uint64_t base, len;

	if (tracee_word_bits(t) == 64) {
		const uint64_t *v = elem;
		base = v[0];
		len = v[1];
	} else {
		const uint32_t *v = elem;
		base = v[0];
		len = v[1];
	}
	tputs("{iov_base=");
	if (lim->addresses) {
		printaddr(base);
	} else {
		uint64_t show = len < lim->left ? len : lim->left;
		if (lim->left != UINT64_MAX)
			lim->left -= show;
		printstr_n(t, base, show);
	}
	tprintf(", iov_len=%" PRIu64 "}", len);
}

/* [{iov_base="...", iov_len=N}, ...], the buffers shown up to `upto` bytes in all. */
void print_iov_upto(struct tracee *t, uint64_t addr, uint64_t n, uint64_t upto)
{
	struct iov_limit lim = { 0, upto };

	print_array(t, addr, n, tracee_word_bits(t) / 4, print_iovec_elem, &lim);
}

void print_iov_addrs(struct tracee *t, uint64_t addr, uint64_t n)
{
	struct iov_limit lim = { 1, 0 };

	print_array(t, addr, n, tracee_word_bits(t) / 4, print_iovec_elem, &lim);
}

/* Appends to a fixed buffer, as much as fits. */
struct sbuf {
	char *p, *end;
};

static void sb_printf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (b->p >= b->end)
		return;
	va_start(ap, fmt);
	n = vsnprintf(b->p, b->end - b->p, fmt, ap);
	va_end(ap);
	if (n > 0)
		b->p += (size_t)n < (size_t)(b->end - b->p) ? (size_t)n : (size_t)(b->end - b->p);
}

/* Flags as text, for return value comments: "O_RDWR|O_LARGEFILE", "0x40". */
static void sb_flags(struct sbuf *b, const struct xlat *x, uint64_t v)
{
	int n = 0;

	for (unsigned i = 0; i < x->n && v; i++) {
		uint64_t bit = x->e[i].val;
		if (bit && (v & bit) == bit) {
			sb_printf(b, "%s%s", n++ ? "|" : "", x->e[i].name);
			v &= ~bit;
		}
	}
	if (v || !n)
		sb_printf(b, "%s%#" PRIx64, n ? "|" : "", v);
}

/* signalfd, ppoll, pselect6, epoll_pwait take a set of any length from a word to the
 * kernel's 8 bytes; outside that, the address. The set prints as everywhere else. */
void print_sigset_len(struct tracee *t, uint64_t addr, uint64_t len)
{
	if (addr && len < (uint64_t)tracee_word_bits(t) / 8) {
		printaddr(addr);
		return;
	}
	print_sigset(t, addr, len);
}

static void print_loff_ptr(struct tracee *t, uint64_t addr)
{
	int64_t v;

	if (umove_or_printaddr(t, addr, sizeof(v), &v) == 0)
		tprintf("[%" PRId64 "]", v);
}

/* ---- reads and writes ---- */

/* pread64, pwrite64: the offset may span two registers. */
int dec_pread64(struct tracee *t)
{
	int i = 3;

	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		printstr_n(t, arg_ulong(t, 1), t->rval);
	tprintf(", %" PRIu64 ", %" PRId64, arg_ulong(t, 2), arg_off64(t, &i));
	return 0;
}

int dec_pwrite64(struct tracee *t)
{
	int i = 3;

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	printstr_n(t, arg_ulong(t, 1), arg_ulong(t, 2));
	tprintf(", %" PRIu64 ", %" PRId64, arg_ulong(t, 2), arg_off64(t, &i));
	return DEC_DONE;
}

/* preadv's offset is two longs, low and high, on every ABI. */
static int64_t vector_offset(struct tracee *t)
{
	if (tracee_word_bits(t) == 64)
		return (int64_t)t->args[3];
	return (int64_t)((uint32_t)t->args[3] | (uint64_t)(uint32_t)t->args[4] << 32);
}

/* The tail after the iovec: count, and for the p* forms offset and flags. */
static void vector_tail(struct tracee *t, int positioned, int with_flags)
{
	tprintf(", %" PRIu64, arg_ulong(t, 2));
	if (positioned)
		tprintf(", %" PRId64, vector_offset(t));
	if (with_flags) {
		tputs(", ");
		printflags(&xlat_rwf_flags, (uint32_t)t->args[5], "RWF_???");
	}
}

static int decode_readv(struct tracee *t, int positioned, int with_flags)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	if (t->err)
		print_iov_addrs(t, arg_ulong(t, 1), arg_ulong(t, 2));
	else
		print_iov_upto(t, arg_ulong(t, 1), arg_ulong(t, 2), t->rval);
	vector_tail(t, positioned, with_flags);
	return 0;
}

static int decode_writev(struct tracee *t, int positioned, int with_flags)
{
	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_iov_upto(t, arg_ulong(t, 1), arg_ulong(t, 2), UINT64_MAX);
	vector_tail(t, positioned, with_flags);
	return DEC_DONE;
}

int dec_readv(struct tracee *t) { return decode_readv(t, 0, 0); }
int dec_preadv(struct tracee *t) { return decode_readv(t, 1, 0); }
int dec_preadv2(struct tracee *t) { return decode_readv(t, 1, 1); }
int dec_writev(struct tracee *t) { return decode_writev(t, 0, 0); }
int dec_pwritev(struct tracee *t) { return decode_writev(t, 1, 0); }
int dec_pwritev2(struct tracee *t) { return decode_writev(t, 1, 1); }

int dec_vmsplice(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_iov_upto(t, arg_ulong(t, 1), arg_ulong(t, 2), UINT64_MAX);
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
	printflags(&xlat_splice_flags, (uint32_t)t->args[3], "SPLICE_F_???");
	return DEC_DONE;
}

/* ---- offsets split in two on 32-bit ABIs ---- */

/* _llseek(fd, high, low, result, whence): strace shows the offset whole. */
int dec_llseek(struct tracee *t)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tprintf(", %" PRId64 ", ", (int64_t)((uint64_t)(uint32_t)t->args[1] << 32 |
						     (uint32_t)t->args[2]));
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 3));
	else
		print_loff_ptr(t, arg_ulong(t, 3));
	tputs(", ");
	printxval(&xlat_lseek_whence, (uint32_t)t->args[4], "SEEK_???");
	return 0;
}

int dec_readahead(struct tracee *t)
{
	int i = 1;
	int64_t off;

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	off = arg_off64(t, &i);
	tprintf(", %" PRId64 ", %" PRIu64, off, arg_ulong(t, i));
	return DEC_DONE;
}

int dec_fadvise64(struct tracee *t)
{
	int i = 1;
	int64_t off;
	uint64_t len;

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	off = arg_off64(t, &i);
	len = arg_ulong(t, i++);
	tprintf(", %" PRId64 ", %" PRId64 ", ", off, (int64_t)len);
	printxval(&xlat_fadvise_advice, (uint32_t)t->args[i], "POSIX_FADV_???");
	return DEC_DONE;
}

/* ", OFFSET, LENGTH" where each may take two registers on a 32-bit ABI. */
static void print_off_len64(struct tracee *t, int *i)
{
	int64_t off = arg_off64(t, i);
	int64_t len = arg_off64(t, i);

	tprintf(", %" PRId64 ", %" PRId64, off, len);
}

int dec_fadvise64_64(struct tracee *t)
{
	int i = 1;

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	print_off_len64(t, &i);
	tputs(", ");
	printxval(&xlat_fadvise_advice, (uint32_t)t->args[i], "POSIX_FADV_???");
	return DEC_DONE;
}

int dec_fallocate(struct tracee *t)
{
	int i = 2;

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	printflags(&xlat_falloc_flags, (uint32_t)t->args[1], "FALLOC_FL_???");
	print_off_len64(t, &i);
	return DEC_DONE;
}

int dec_sync_file_range(struct tracee *t)
{
	int i = 1;

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	print_off_len64(t, &i);
	tputs(", ");
	printflags(&xlat_sync_file_range_flags, (uint32_t)t->args[i], "SYNC_FILE_RANGE_???");
	return DEC_DONE;
}

/* ---- pipes, sendfile, splice ---- */

void print_fd_elem(struct tracee *t, const void *elem, void *data)
{
	int fd;

	memcpy(&fd, elem, sizeof(fd));
	printfd(t, fd);
}

static int decode_pipe(struct tracee *t, int with_flags)
{
	if (entering(t))
		return 0;
	if (t->err)
		printaddr(arg_ulong(t, 0));
	else
		print_array(t, arg_ulong(t, 0), 2, sizeof(int), print_fd_elem, NULL);
	if (with_flags) {
		tputs(", ");
		printflags(&xlat_o_flags, (uint32_t)t->args[1], "O_???");
	}
	return 0;
}

int dec_pipe(struct tracee *t) { return decode_pipe(t, 0); }
int dec_pipe2(struct tracee *t) { return decode_pipe(t, 1); }

/*
 * sendfile(out, in, [2 => 6], count): the offset before and after, unsigned, as strace 7.2
 * prints it; when it could not be read before (a bad address) only its address, once.
 */
static int decode_sendfile(struct tracee *t, int wide)
{
	int *read_at_entry = call_memo(t, int);
	uint64_t addr = arg_ulong(t, 2), off = 0;
	size_t size = wide || tracee_word_bits(t) == 64 ? 8 : 4;

	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		printfd(t, arg_int(t, 1));
		tputs(", ");
		*read_at_entry = addr && umoven(t, addr, size, &off) == 0;
		if (*read_at_entry) {
			tprintf("[%" PRIu64, off);
			return 0;
		}
		printaddr(addr);	/* no offset to read back: strace shows it all at entry */
		tprintf(", %" PRIu64, arg_ulong(t, 3));
		return DEC_DONE;
	}
	if (*read_at_entry) {
		if (!t->err && umoven(t, addr, size, &off) == 0)
			tprintf(" => %" PRIu64, off);
		tputs("]");
	}
	tprintf(", %" PRIu64, arg_ulong(t, 3));
	return 0;
}

int dec_sendfile(struct tracee *t) { return decode_sendfile(t, 0); }
int dec_sendfile64(struct tracee *t) { return decode_sendfile(t, 1); }

/* splice(in, [off], out, [off], len, flags): the offsets as they were on entry. */
int dec_splice(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_loff_ptr(t, arg_ulong(t, 1));
	tputs(", ");
	printfd(t, arg_int(t, 2));
	tputs(", ");
	print_loff_ptr(t, arg_ulong(t, 3));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 4));
	printflags(&xlat_splice_flags, (uint32_t)t->args[5], "SPLICE_F_???");
	return DEC_DONE;
}

int dec_copy_file_range(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_loff_ptr(t, arg_ulong(t, 1));
	tputs(", ");
	printfd(t, arg_int(t, 2));
	tputs(", ");
	print_loff_ptr(t, arg_ulong(t, 3));
	tprintf(", %" PRIu64 ", %u", arg_ulong(t, 4), (unsigned)t->args[5]);
	return DEC_DONE;
}

/* ---- fcntl ---- */

static char aux_buf[4096];

/* F_GETFD's " (flags FD_CLOEXEC)" and F_GET_SEALS' " (seals F_SEAL_SEAL)", as -X says */
static void print_fd_flags_rval(struct tracee *t)
{
	tputs(" (flags ");
	printflags(&xlat_fd_flags, (uint64_t)t->rval, NULL);
	tputc(')');
}

static void print_seals_rval(struct tracee *t)
{
	tputs(" (seals ");
	printflags(&xlat_seal_flags, (uint64_t)t->rval, NULL);
	tputc(')');
}

/* "flags O_RDWR|O_LARGEFILE": the access mode by name, then the bits, whatever -X says. */
static const char *aux_open_flags(uint64_t v)
{
	struct sbuf b = { aux_buf, aux_buf + sizeof(aux_buf) };
	const char *mode = xlat_name(&xlat_open_flags, v & 3);

	if (mode)
		sb_printf(&b, "flags %s", mode);
	else
		sb_printf(&b, "flags %#" PRIx64, v & 3);
	if (v & ~(uint64_t)3) {
		sb_printf(&b, "|");
		sb_flags(&b, &xlat_o_flags, v & ~(uint64_t)3);
	}
	return aux_buf;
}

/* struct flock (or flock64): its layout depends on the ABI and the command. */
static void print_flock(struct tracee *t, uint64_t addr, int getlk, int is64)
{
	int64_t start, len;
	int type, whence, pid;

	if (tracee_word_bits(t) == 64 || (is64 && tracee_aligns_u64(t))) {
		struct { int16_t type, whence; int32_t pad; int64_t start, len; int32_t pid; } f;
		if (umove_or_printaddr(t, addr, sizeof(f), &f) < 0)
			return;
		type = f.type, whence = f.whence, start = f.start, len = f.len, pid = f.pid;
	} else if (is64) {
		struct { int16_t type, whence; int64_t start, len; int32_t pid; }
			__attribute__((packed)) f;
		if (umove_or_printaddr(t, addr, sizeof(f), &f) < 0)
			return;
		type = f.type, whence = f.whence, start = f.start, len = f.len, pid = f.pid;
	} else {
		struct { int16_t type, whence; int32_t start, len, pid; } f;
		if (umove_or_printaddr(t, addr, sizeof(f), &f) < 0)
			return;
		type = f.type, whence = f.whence, start = f.start, len = f.len, pid = f.pid;
	}
	tputs("{l_type=");
	printxval(&xlat_lock_types, (unsigned short)type, "F_???");
	tputs(", l_whence=");
	printxval(&xlat_lseek_whence, (unsigned short)whence, "SEEK_???");
	tprintf(", l_start=%" PRId64 ", l_len=%" PRId64, start, len);
	if (getlk) {
		tputs(", l_pid=");
		print_pid(pid);
	}
	tputc('}');
}

static void print_f_owner_ex(struct tracee *t, uint64_t addr)
{
	struct { int32_t type, pid; } o;

	if (umove_or_printaddr(t, addr, sizeof(o), &o) < 0)
		return;
	tputs("{type=");
	printxval(&xlat_f_owner_types, (uint32_t)o.type, "F_OWNER_???");
	tputs(", pid=");
	if (o.type == F_OWNER_PGRP)
		print_pgid(o.pid);	/* translated by pidns, never named */
	else
		print_pid(o.pid);
	tputc('}');
}

/* The flock64 commands of 32-bit ABIs (on 64-bit ABIs F_GETLK64 is F_GETLK). */
enum { F_GETLK64_32 = 12, F_SETLK64_32 = 13, F_SETLKW64_32 = 14 };

static int fcntl_entry(struct tracee *t, unsigned cmd)
{
	uint64_t arg = arg_ulong(t, 2);
	int is64 = cmd == F_GETLK64_32 || cmd == F_SETLK64_32 || cmd == F_SETLKW64_32;

	switch (cmd) {
	case F_SETFD:
		tputs(", ");
		printflags(&xlat_fd_flags, (uint32_t)arg, "FD_???");
		break;
	case F_SETOWN:		/* a process, or minus a process group */
		tputs(", ");
		print_pid((int)arg);
		break;
	case F_SETPIPE_SZ:
		tprintf(", %d", (int)arg);
		break;
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		tprintf(", %d", (int)arg);
		return 0;	/* the exit prints the descriptor returned */
	case F_SETFL:
		tputs(", ");
		print_open_flags((uint32_t)arg);
		break;
	case F_SETLK:
	case F_SETLKW:
	case F_OFD_SETLK:
	case F_OFD_SETLKW:
	case F_SETLK64_32:
	case F_SETLKW64_32:
		tputs(", ");
		print_flock(t, arg, 0, is64 || (cmd >= F_OFD_GETLK && cmd <= F_OFD_SETLKW));
		break;
	case F_SETOWN_EX:
		tputs(", ");
		print_f_owner_ex(t, arg);
		break;
	case F_NOTIFY:
		tputs(", ");
		printflags(&xlat_dnotify_flags, (uint32_t)arg, "DN_???");
		break;
	case F_SETLEASE:
		tputs(", ");
		printxval(&xlat_lock_types, (uint32_t)arg, "F_???");
		break;
	case F_ADD_SEALS:
		tputs(", ");
		printflags(&xlat_seal_flags, (uint32_t)arg, "F_SEAL_???");
		break;
	case F_SETSIG:
		tputs(", ");
		if (arg)
			print_signal((int)arg);
		else
			tputc('0');
		break;
	case F_GETPIPE_SZ:
		break;
	case F_GETOWN:
	case F_GETFD:
	case F_GETFL:
	case F_GETSIG:
	case F_GETLEASE:
	case F_GET_SEALS:
	case F_GETLK:
	case F_GETLK64_32:
	case F_OFD_GETLK:
	case F_GETOWN_EX:
		return 0;	/* finished at exit */
	default:
		tprintf(", %#" PRIx64, arg);
		break;
	}
	return DEC_DONE;
}

static int fcntl_exit(struct tracee *t, unsigned cmd)
{
	uint64_t arg = arg_ulong(t, 2);
	int64_t rv = t->rval;

	switch (cmd) {
	case F_GETLK:
	case F_GETLK64_32:
	case F_OFD_GETLK:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_flock(t, arg, 1, cmd != F_GETLK);
		return 0;
	case F_GETOWN_EX:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_f_owner_ex(t, arg);
		return 0;
	}
	if (t->err)
		return 0;
	switch (cmd) {
	case F_GETFD:
		if (!rv)
			return 0;
		t->auxfn = print_fd_flags_rval;
		return RVAL_HEX | RVAL_STR;
	case F_GETFL:
		t->auxstr = aux_open_flags(rv);
		return RVAL_HEX | RVAL_STR;
	case F_GETSIG: {
		const char *name = signal_name((int)rv);
		if (!rv || !name)
			return 0;
		t->auxstr = name;
		return RVAL_STR;
	}
	case F_GETLEASE:
		t->auxstr = xlat_name(&xlat_lock_types, rv);
		return t->auxstr ? RVAL_HEX | RVAL_STR : RVAL_HEX;
	case F_GET_SEALS:
		if (!rv)
			return 0;
		t->auxfn = print_seals_rval;
		return RVAL_HEX | RVAL_STR;
	case F_GETOWN:		/* a process, or minus a process group */
		return RVAL_PID;
	}
	return 0;
}

int dec_fcntl(struct tracee *t)
{
	unsigned cmd = (uint32_t)t->args[1];

	if (exiting(t)) {
		if (cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC)
			return RVAL_FD;
		return fcntl_exit(t, cmd);
	}
	printfd(t, arg_int(t, 0));
	tputs(", ");
	printxval(&xlat_fcntl_cmds, cmd, "F_???");
	return fcntl_entry(t, cmd);
}

/* ---- poll and select ---- */

static void print_pollfd(struct tracee *t, const void *elem, void *data)
{
	const struct { int32_t fd; int16_t events, revents; } *p = elem;

	tputs("{fd=");
	printfd(t, p->fd);
	if (p->fd >= 0) {
		tputs(", events=");
		printflags(&xlat_poll_events, (uint16_t)p->events, "POLL???");
	}
	tputc('}');
}

/* The separator before the next part of a return value's comment: " (" first, then ", ". */
static void aux_sep(int *parts)
{
	tputs((*parts)++ ? ", " : " (");
}

/* "[{fd=3, revents=POLLIN}]": the descriptors that have events, as a comment part */
static void print_revents(struct tracee *t, uint64_t addr, uint64_t n, int *parts)
{
	struct { int32_t fd; int16_t events, revents; } p;
	uint64_t shown = 0;

	for (uint64_t i = 0; i < n && i < 1u << 20; i++) {
		if (umoven(t, addr + i * sizeof(p), sizeof(p), &p) < 0)
			break;
		if (!p.revents)
			continue;
		if (shown)
			tputs(", ");
		else {
			aux_sep(parts);
			tputc('[');
		}
		if (style_abbrev() && shown >= (uint64_t)opt.max_strlen) {
			tputs("...]");
			return;
		}
		tprintf("{fd=%d, revents=", p.fd);
		printflags(&xlat_poll_events, (uint16_t)p.revents, "POLL???");
		tputc('}');
		shown++;
	}
	if (shown)
		tputc(']');
}

/* {tv_sec=1, tv_nsec=2} into a buffer, for the "left" comment. */
static int sb_timespec(struct tracee *t, struct sbuf *b, uint64_t addr, int usec, int wide)
{
	int64_t sec, frac;
	int bits = wide || tracee_word_bits(t) == 64 ? 64 : 32;

	if (bits == 64) {
		int64_t v[2];
		if (umoven(t, addr, sizeof(v), v) < 0)
			return -1;
		sec = v[0], frac = v[1];
	} else {
		int32_t v[2];
		if (umoven(t, addr, sizeof(v), v) < 0)
			return -1;
		sec = v[0], frac = v[1];
	}
	sb_printf(b, "{tv_sec=%" PRId64 ", %s=%" PRIu64 "}", sec, usec ? "tv_usec" : "tv_nsec",
		  time_frac(frac, bits));
	return 0;
}

static void print_timespec_wide(struct tracee *t, uint64_t addr, int usec, int wide)
{
	char buf[128];
	struct sbuf b = { buf, buf + sizeof(buf) };

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (sb_timespec(t, &b, addr, usec, wide) < 0)
		printaddr(addr);
	else
		tputs(buf);
}

/* " ([{fd=3, revents=POLLIN}], left {...})", or nothing when neither can be read */
/* Which poll the exit printed, for print_poll_result (call_memo) */
struct poll_memo {
	int ppoll, wide;
};

static void print_poll_result(struct tracee *t)
{
	const struct poll_memo *m = call_memo(t, struct poll_memo);
	int ppoll = m->ppoll, wide = m->wide, parts = 0;
	char buf[128];
	struct sbuf b = { buf, buf + sizeof(buf) };

	print_revents(t, arg_ulong(t, 0), (uint32_t)t->args[1], &parts);
	if (ppoll && arg_ulong(t, 2) && sb_timespec(t, &b, arg_ulong(t, 2), 0, wide) == 0) {
		aux_sep(&parts);
		tprintf("left %s", buf);
	}
	if (parts)
		tputc(')');
}

static int decode_poll(struct tracee *t, int ppoll, int wide)
{
	uint64_t addr = arg_ulong(t, 0), n = (uint32_t)t->args[1];

	if (entering(t)) {
		print_array(t, addr, n, 8, print_pollfd, NULL);
		tprintf(", %u, ", (unsigned)n);
		if (!ppoll) {
			tprintf("%d", arg_int(t, 2));
			return 0;
		}
		print_timespec_wide(t, arg_ulong(t, 2), 0, wide);
		tputs(", ");
		print_sigset_len(t, arg_ulong(t, 3), arg_ulong(t, 4));
		tprintf(", %" PRIu64, arg_ulong(t, 4));
		return 0;
	}
	if (t->err)
		return 0;
	if (t->rval == 0) {
		t->auxstr = "Timeout";
		return RVAL_STR;
	}
	*call_memo(t, struct poll_memo) = (struct poll_memo){ ppoll, wide };
	t->auxfn = print_poll_result;
	return RVAL_STR;
}

int dec_poll(struct tracee *t) { return decode_poll(t, 0, 0); }
int dec_ppoll(struct tracee *t) { return decode_poll(t, 1, 0); }
int dec_ppoll_time64(struct tracee *t) { return decode_poll(t, 1, 1); }

/* The size of the fd_set bitmaps select reads: nfds bits in whole words. */
static size_t fdset_bytes(struct tracee *t, int nfds)
{
	size_t w = tracee_word_bits(t) / 8;

	if (nfds <= 0)
		return 0;
	if (nfds > 1024 * 1024)
		nfds = 1024 * 1024;
	return ((size_t)(nfds + 7) / 8 + w - 1) / w * w;
}

static void print_fdset(struct tracee *t, uint64_t addr, int nfds)
{
	size_t size = fdset_bytes(t, nfds);
	unsigned char *set;
	int first = 1;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (!size || !(set = malloc(size)) ) {
		printaddr(addr);
		return;
	}
	if (umoven(t, addr, size, set) < 0) {
		printaddr(addr);
		free(set);
		return;
	}
	tputc('[');
	for (int fd = 0; fd < nfds && (size_t)fd < size * 8; fd++) {
		if (!(set[fd / 8] & (1u << (fd % 8))))
			continue;
		if (!first)
			tputc(' ');
		first = 0;
		printfd(t, fd);
	}
	tputc(']');
	free(set);
}

/*
 * "in [4 5]": the descriptors left in a returned set, as a comment part. strace prints
 * them also outside -e verbose=, where it shows the sets themselves as addresses.
 */
static void print_fdset_result(struct tracee *t, const char *label, uint64_t addr, int nfds,
			       int *parts)
{
	size_t size = fdset_bytes(t, nfds);
	unsigned char *set;
	int first = 1;

	if (!addr || !size || !(set = malloc(size)))
		return;
	if (umoven_data(t, addr, size, set) == 0) {
		for (int fd = 0; fd < nfds && (size_t)fd < size * 8; fd++) {
			if (!(set[fd / 8] & (1u << (fd % 8))))
				continue;
			if (first) {
				aux_sep(parts);
				tprintf("%s [", label);
			} else {
				tputc(' ');
			}
			first = 0;
			tprintf("%d", fd);
		}
		if (!first)
			tputc(']');
	}
	free(set);
}

/* " (in [4], out [5], left {...})"; the time left is an address outside -e verbose= */
static void print_select_result(struct tracee *t)
{
	static const char *const labels[] = { "in", "out", "except" };
	int kind = *call_memo(t, int), nfds = arg_int(t, 0), parts = 0;
	uint64_t tmo = arg_ulong(t, 4);
	char buf[128];
	struct sbuf b = { buf, buf + sizeof(buf) };

	for (int i = 1; i <= 3; i++)
		print_fdset_result(t, labels[i - 1], arg_ulong(t, i), nfds, &parts);
	if (tmo && t->style.terse) {
		aux_sep(&parts);
		tputs("left ");
		printaddr(tmo);
	} else if (tmo && sb_timespec(t, &b, tmo, kind == 0, kind == 2) == 0) {
		aux_sep(&parts);
		tprintf("left %s", buf);
	}
	if (parts)
		tputc(')');
}

/* pselect6's sixth argument, io_pgetevents' last: {sigmask=[...], sigsetsize=N}, two words
 * of the ABI. */
void print_sigmask_arg(struct tracee *t, uint64_t addr)
{
	uint64_t set, len;

	if (tracee_word_bits(t) == 64) {
		uint64_t v[2];
		if (umove_or_printaddr(t, addr, sizeof(v), v) < 0)
			return;
		set = v[0], len = v[1];
	} else {
		uint32_t v[2];
		if (umove_or_printaddr(t, addr, sizeof(v), v) < 0)
			return;
		set = v[0], len = v[1];
	}
	tputs("{sigmask=");
	print_sigset_len(t, set, len);
	tprintf(", sigsetsize=%" PRIu64 "}", len);
}

static void print_pselect_sigmask(struct tracee *t, uint64_t addr)
{
	tputs(", ");
	print_sigmask_arg(t, addr);
}

/* kind: 0 select (timeval), 1 pselect6 (timespec), 2 pselect6_time64 */
static int decode_select(struct tracee *t, int kind)
{
	int nfds = arg_int(t, 0);
	uint64_t tmo = arg_ulong(t, 4);

	if (entering(t)) {
		tprintf("%d", nfds);
		for (int i = 1; i <= 3; i++) {
			tputs(", ");
			print_fdset(t, arg_ulong(t, i), nfds);
		}
		tputs(", ");
		print_timespec_wide(t, tmo, kind == 0, kind == 2);
		if (kind)
			print_pselect_sigmask(t, arg_ulong(t, 5));
		return 0;
	}
	if (t->err)
		return 0;
	if (t->rval == 0) {
		t->auxstr = "Timeout";
		return RVAL_STR;
	}
	*call_memo(t, int) = kind;	/* decode_select's kind, for print_select_result */
	t->auxfn = print_select_result;
	return RVAL_STR;
}

int dec_select(struct tracee *t) { return decode_select(t, 0); }
int dec_pselect6(struct tracee *t) { return decode_select(t, 1); }
int dec_pselect6_time64(struct tracee *t) { return decode_select(t, 2); }

/* ---- epoll ---- */

/* struct epoll_event is packed on x86 (12 bytes), naturally aligned elsewhere (16). */
static size_t epoll_event_size(void)
{
#if defined(__x86_64__) || defined(__i386__)
	return 12;
#else
	return 16;
#endif
}

static size_t epoll_data_offset(void)
{
	return epoll_event_size() - 8;
}

static void print_epoll_event(struct tracee *t, const void *elem, void *data)
{
	struct epoll_event_view { uint32_t events; uint64_t data; } v;

	memcpy(&v.events, elem, 4);
	memcpy(&v.data, (const char *)elem + epoll_data_offset(), 8);
	tputs("{events=");
	printflags(&xlat_epoll_events, v.events, "EPOLL???");
	tputs(", data=");	/* one number since strace 6.2, in hex: often a pointer */
	printnum_hex(v.data);
	tputs("}");
}

int dec_epoll_ctl(struct tracee *t)
{
	unsigned char ev[16];
	uint64_t addr = arg_ulong(t, 3);

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	printxval(&xlat_epoll_ctl_ops, (uint32_t)t->args[1], "EPOLL_CTL_???");
	tputs(", ");
	printfd(t, arg_int(t, 2));
	tputs(", ");
	/* the kernel ignores the event of a deletion: strace shows only where it is */
	if ((uint32_t)t->args[1] == EPOLL_CTL_DEL)
		printaddr(addr);
	else if (umove_or_printaddr(t, addr, epoll_event_size(), ev) == 0)
		print_epoll_event(t, ev, NULL);
	return DEC_DONE;
}

/* kind: 0 epoll_wait, 1 epoll_pwait, 2 epoll_pwait2 */
static int decode_epoll_wait(struct tracee *t, int kind)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_array(t, arg_ulong(t, 1), t->rval, epoll_event_size(), print_epoll_event,
			    NULL);
	tprintf(", %d, ", arg_int(t, 2));
	if (kind == 2)
		print_timespec_wide(t, arg_ulong(t, 3), 0, 1);
	else
		tprintf("%d", arg_int(t, 3));
	if (kind) {
		tputs(", ");
		print_sigset_len(t, arg_ulong(t, 4), arg_ulong(t, 5));
		tprintf(", %" PRIu64, arg_ulong(t, 5));
	}
	return 0;
}

int dec_epoll_wait(struct tracee *t) { return decode_epoll_wait(t, 0); }
int dec_epoll_pwait(struct tracee *t) { return decode_epoll_wait(t, 1); }
int dec_epoll_pwait2(struct tracee *t) { return decode_epoll_wait(t, 2); }

/* ---- timerfd, signalfd ---- */

/* {it_interval={...}, it_value={...}}; wide: the time64 layout of 32-bit ABIs */
static void print_itimerspec(struct tracee *t, uint64_t addr, int wide)
{
	char buf[256];
	struct sbuf b = { buf, buf + sizeof(buf) };
	uint64_t half = (wide || tracee_word_bits(t) == 64) ? 16 : 8;

	if (!addr) {
		tputs("NULL");
		return;
	}
	sb_printf(&b, "{it_interval=");
	if (sb_timespec(t, &b, addr, 0, wide) < 0) {
		printaddr(addr);
		return;
	}
	sb_printf(&b, ", it_value=");
	if (sb_timespec(t, &b, addr + half, 0, wide) < 0) {
		printaddr(addr);
		return;
	}
	sb_printf(&b, "}");
	tputs(buf);
}

static int decode_timerfd_settime(struct tracee *t, int wide)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		printflags(&xlat_timerfd_flags, (uint32_t)t->args[1], "TFD_???");
		tputs(", ");
		print_itimerspec(t, arg_ulong(t, 2), wide);
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 3));
	else
		print_itimerspec(t, arg_ulong(t, 3), wide);
	return 0;
}

static int decode_timerfd_gettime(struct tracee *t, int wide)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_itimerspec(t, arg_ulong(t, 1), wide);
	return 0;
}

int dec_timerfd_settime(struct tracee *t) { return decode_timerfd_settime(t, 0); }
int dec_timerfd_settime64(struct tracee *t) { return decode_timerfd_settime(t, 1); }
int dec_timerfd_gettime(struct tracee *t) { return decode_timerfd_gettime(t, 0); }
int dec_timerfd_gettime64(struct tracee *t) { return decode_timerfd_gettime(t, 1); }

static int decode_signalfd(struct tracee *t, int with_flags)
{
	if (exiting(t))
		return RVAL_FD;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_sigset_len(t, arg_ulong(t, 1), arg_ulong(t, 2));
	tprintf(", %" PRIu64, arg_ulong(t, 2));
	if (with_flags) {
		tputs(", ");
		printflags(&xlat_signalfd_flags, (uint32_t)t->args[3], "SFD_???");
	}
	return DEC_DONE;
}

int dec_signalfd(struct tracee *t) { return decode_signalfd(t, 0); }
int dec_signalfd4(struct tracee *t) { return decode_signalfd(t, 1); }

/*
 * cachestat (Linux 6.5) is newer than strace 6.1, which prints it as syscall_0x1c3(...):
 * printed as current strace prints it.
 */
void print_struct_cachestat_range(struct tracee *t, uint64_t addr)
{
	uint64_t r[2];

	if (!addr) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, sizeof(r), r) < 0)
		return;
	tputs("{off=");
	printnum_hex(r[0]);
	tprintf(", len=%" PRIu64 "}", r[1]);
}

void print_struct_cachestat(struct tracee *t, uint64_t addr)
{
	uint64_t c[5];

	if (!addr) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, sizeof(c), c) < 0)
		return;
	tprintf("{nr_cache=%" PRIu64 ", nr_dirty=%" PRIu64 ", nr_writeback=%" PRIu64
		", nr_evicted=%" PRIu64 ", nr_recently_evicted=%" PRIu64 "}",
		c[0], c[1], c[2], c[3], c[4]);
}

/* cachestat's flags are an unsigned int: strace 7.2 shows the low 32 bits only. */
int dec_cachestat(struct tracee *t)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		print_struct_cachestat_range(t, arg_ulong(t, 1));
		tputs(", ");
		return 0;
	}
	if (t->err && arg_ulong(t, 2))
		printaddr(arg_ulong(t, 2));
	else
		print_struct_cachestat(t, arg_ulong(t, 2));
	tprintf(", %#x", (unsigned)arg_ulong(t, 3));
	return 0;
}

/* ---- calls whose 64-bit argument i386 and arm split in two registers ---- */

/* truncate64, ftruncate64: a path or descriptor, then the length */
int dec_truncate64(struct tracee *t)
{
	int i = 1;

	if (exiting(t))
		return 0;
	print_path_or_fd(t, 0);
	tprintf(", %" PRId64, arg_off64(t, &i));
	return DEC_DONE;
}

int dec_fanotify_mark(struct tracee *t)
{
	int i = 2;
	uint64_t mask;

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	printflags(&xlat_fan_mark_flags, (uint32_t)arg_int(t, 1),
		   xlat_unknown_text(&xlat_fan_mark_flags));
	tputs(", ");
	mask = (uint64_t)arg_off64(t, &i);
	printflags(&xlat_fan_event_flags, mask, xlat_unknown_text(&xlat_fan_event_flags));
	tputs(", ");
	if (arg_int(t, i) == -1)
		print_fd_constant(-1, "FAN_NOFD");
	else
		print_dirfd(t, arg_int(t, i));
	tputs(", ");
	printpath(t, arg_ulong(t, i + 1));
	return DEC_DONE;
}

/* fanotify_init's flags: the notification class (two bits) first, by name or as
 * 0xc with a FAN_CLASS_??? comment, then the flags proper. */
static void print_fan_init_flags(uint64_t flags)
{
	uint64_t class = flags & 0xc, rest = flags & ~(uint64_t)0xc;
	const char *name = xlat_name(&xlat_fan_init_flags, class);

	if (name && xlat_verbose())
		tprintf("%#" PRIx64 " /* %s */", class, name);
	else if (name)
		tputs(name);
	else
		tprintf("%#" PRIx64 " /* FAN_CLASS_??? */", class);
	if (rest) {
		tputc('|');
		printflags(&xlat_fan_init_flags, rest, "FAN_???");
	}
}

int dec_fanotify_init(struct tracee *t)
{
	uint64_t flags = (uint32_t)arg_ulong(t, 0);

	if (exiting(t))
		return RVAL_FD;
	if (xlat_raw()) {	/* -X raw: the class and the rest, each a number */
		tprintf("%#" PRIx64, flags & 0xc);
		if (flags & ~(uint64_t)0xc)
			tprintf("|%#" PRIx64, flags & ~(uint64_t)0xc);
	} else {
		print_fan_init_flags(flags);
	}
	tputs(", ");
	print_open_flags((uint32_t)arg_ulong(t, 1));
	return DEC_DONE;
}

/* memfd_create's flags: the hugepage size is a log2 in the top six bits, printed as strace
 * 6.1 does (21<<MFD_HUGE_SHIFT) after the flags. -X raw and -X verbose print the number. */
int dec_memfd_create(struct tracee *t)
{
	uint64_t flags = (uint32_t)arg_ulong(t, 1);
	uint64_t huge = flags >> 26, rest = flags & ((1u << 26) - 1);

	if (exiting(t))
		return RVAL_FD;
	printstr(t, arg_ulong(t, 0));
	tputs(", ");
	if (xlat_raw() || xlat_verbose() || !huge) {
		print_consts_loud(1);	/* strace colours them in a -X verbose comment too */
		printflags(&xlat_memfd_flags, flags, xlat_unknown_text(&xlat_memfd_flags));
		print_consts_loud(0);
		return DEC_DONE;
	}
	if (rest) {
		printflags(&xlat_memfd_flags, rest, xlat_unknown_text(&xlat_memfd_flags));
		tputc('|');
	}
	tprintf("%" PRIu64 "<<MFD_HUGE_SHIFT", huge);
	return DEC_DONE;
}
