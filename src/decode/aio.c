/*
 * aio.c: decoders for the kernel's native asynchronous I/O: io_setup, io_submit and its
 * struct iocb, io_cancel, io_getevents and io_pgetevents with their struct io_event.
 * struct iocb and struct io_event have one layout in every ABI (64-bit fields throughout).
 */
#include <inttypes.h>
#include <string.h>

#include "decode.h"

enum { IOCB_SIZE = 64, IO_EVENT_SIZE = 32 };
enum { CMD_PREAD = 0, CMD_PWRITE = 1, CMD_POLL = 5, CMD_PREADV = 7, CMD_PWRITEV = 8 };
enum { FLAG_RESFD = 1, FLAG_IOPRIO = 2 };

/* struct iocb, little-endian (aio_key comes before aio_rw_flags there) */
struct iocb_n {
	uint64_t data, buf, nbytes;
	int64_t offset;
	uint32_t key, rw_flags, fildes, flags, resfd;
	uint16_t opcode;
	int16_t reqprio;
};

static void iocb_from(const unsigned char *b, struct iocb_n *c)
{
	c->data = get64(b);
	c->key = get32(b + 8);
	c->rw_flags = get32(b + 12);
	c->opcode = get16(b + 16);
	c->reqprio = (int16_t)get16(b + 18);
	c->fildes = get32(b + 20);
	c->buf = get64(b + 24);
	c->nbytes = get64(b + 32);
	c->offset = (int64_t)get64(b + 40);
	c->flags = get32(b + 56);
	c->resfd = get32(b + 60);
}

/* What every iocb shows: aio_data to aio_fildes, the fields left at zero left out. */
static void print_iocb_head(struct tracee *t, const struct iocb_n *c)
{
	tprintf("aio_data=%#" PRIx64, c->data);
	if (c->key)
		tprintf(", aio_key=%u", c->key);
	if (c->rw_flags) {
		tputs(", aio_rw_flags=");
		printflags(&xlat_rwf_flags, c->rw_flags, "RWF_???");
	}
	tputs(", aio_lio_opcode=");
	printxval_dec(&xlat_iocb_cmds, c->opcode, NULL);
	if (c->flags & FLAG_IOPRIO) {
		tputs(", aio_reqprio=");
		if (!print_number_styled_nested("%#llx", (uint16_t)c->reqprio, print_ioprio))
			print_ioprio((uint16_t)c->reqprio);
	} else if (c->reqprio) {
		tprintf(", aio_reqprio=%d", c->reqprio);
	}
	tputs(", aio_fildes=");
	printfd(t, (int)c->fildes);
}

/*
 * The buffer as the operation uses it: data going out shows, data coming in cannot yet.
 * Returns whether the operation has one: only those show aio_flags and aio_resfd.
 */
static int print_iocb_buf(struct tracee *t, const struct iocb_n *c)
{
	switch (c->opcode) {
	case CMD_PREAD:
	case CMD_PWRITE:
		tputs(", aio_buf=");
		if (c->opcode == CMD_PWRITE)
			printstr_n(t, c->buf, c->nbytes);
		else
			printnum_hex(c->buf);	/* 0, not NULL, as strace shows it */
		tprintf(", aio_nbytes=%" PRIu64 ", aio_offset=%" PRId64, c->nbytes, c->offset);
		return 1;
	case CMD_PREADV:
	case CMD_PWRITEV:
		tputs(", aio_buf=");
		if (c->opcode == CMD_PWRITEV)
			print_iov_upto(t, c->buf, c->nbytes, UINT64_MAX);
		else
			print_iov_addrs(t, c->buf, c->nbytes);
		tprintf(", aio_offset=%" PRId64, c->offset);
		return 1;
	case CMD_POLL:
		tputs(", aio_buf=");
		printflags(&xlat_poll_events, c->buf, "POLL???");
		return 1;
	default:
		return 0;
	}
}

static void print_iocb_tail(struct tracee *t, const struct iocb_n *c)
{
	if (c->flags) {
		tputs(", aio_flags=");
		printflags(&xlat_iocb_flags, c->flags, "IOCB_FLAG_???");
	}
	if (c->flags & FLAG_RESFD) {
		tputs(", aio_resfd=");
		printfd(t, (int)c->resfd);
	} else if (c->resfd) {
		tprintf(", aio_resfd=%#x", c->resfd);
	}
}

/* One element of io_submit's array: a pointer to an iocb, NULL, or one that cannot be read. */
static void print_iocb_ptr(struct tracee *t, const void *elem, void *data)
{
	unsigned char b[IOCB_SIZE];
	struct iocb_n c;
	uint64_t p = 0;

	(void)data;
	memcpy(&p, elem, tracee_word_bits(t) / 8);
	if (!p || umoven(t, p, sizeof(b), b) < 0) {
		printaddr(p);
		return;
	}
	iocb_from(b, &c);
	tputc('{');
	print_iocb_head(t, &c);
	if (print_iocb_buf(t, &c))
		print_iocb_tail(t, &c);
	tputc('}');
}

/* Everything prints at entry: the buffers are the caller's until the events come back. */
int dec_io_submit(struct tracee *t)
{
	int64_t nr = arg_long(t, 1);

	if (exiting(t))
		return 0;
	printaddr(arg_ulong(t, 0));
	tprintf(", %" PRId64 ", ", nr);
	if (nr < 0)
		printaddr(arg_ulong(t, 2));
	else
		print_array(t, arg_ulong(t, 2), (uint64_t)nr, tracee_word_bits(t) / 8,
			    print_iocb_ptr, NULL);
	return DEC_DONE;
}

/* {data=..., obj=..., res=..., res2=...} */
static void print_io_event(struct tracee *t, const void *elem, void *data)
{
	const unsigned char *b = elem;

	(void)t;
	(void)data;
	tprintf("{data=%#" PRIx64 ", obj=", get64(b));
	printaddr(get64(b + 8));
	tprintf(", res=%" PRId64 ", res2=%" PRId64 "}", (int64_t)get64(b + 16),
		(int64_t)get64(b + 24));
}

/* io_cancel's iocb names the request only: no buffer shows. */
int dec_io_cancel(struct tracee *t)
{
	unsigned char b[IOCB_SIZE];
	struct iocb_n c;

	if (entering(t)) {
		printaddr(arg_ulong(t, 0));
		tputs(", ");
		if (umove_or_printaddr(t, arg_ulong(t, 1), sizeof(b), b) == 0) {
			iocb_from(b, &c);
			tputc('{');
			print_iocb_head(t, &c);
			tputc('}');
		}
		tputs(", ");
		return 0;
	}
	if (t->err || umoven(t, arg_ulong(t, 2), IO_EVENT_SIZE, b) < 0)
		printaddr(arg_ulong(t, 2));
	else
		print_io_event(t, b, NULL);
	return 0;
}

static int decode_getevents(struct tracee *t, int with_sigmask)
{
	if (entering(t)) {
		printaddr(arg_ulong(t, 0));
		tprintf(", %" PRId64 ", %" PRId64 ", ", arg_long(t, 1), arg_long(t, 2));
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 3));
	else
		print_array(t, arg_ulong(t, 3), (uint64_t)t->rval, IO_EVENT_SIZE, print_io_event,
			    NULL);
	tputs(", ");
	print_timespec(t, arg_ulong(t, 4));
	if (with_sigmask) {
		tputs(", ");
		print_sigmask_arg(t, arg_ulong(t, 5));
	}
	return 0;
}

int dec_io_getevents(struct tracee *t)
{
	return decode_getevents(t, 0);
}

int dec_io_pgetevents(struct tracee *t)
{
	return decode_getevents(t, 1);
}

/* io_setup(4, [0x7f...]): the context the kernel wrote. */
int dec_io_setup(struct tracee *t)
{
	uint64_t ctx;

	if (entering(t)) {
		tprintf("%u, ", (unsigned)arg_ulong(t, 0));
		return 0;
	}
	if (t->err || umove_ptr(t, arg_ulong(t, 1), &ctx) < 0) {	/* a kernel long */
		printaddr(arg_ulong(t, 1));
		return 0;
	}
	tputc('[');
	printnum_hex(ctx);
	tputc(']');
	return 0;
}
