/*
 * ioctl_v4l2.c: a first part of the video4linux requests (VIDIOC_*) as strace prints them:
 * streaming on and off by buffer type, the input chosen, the buffers requested. The other
 * VIDIOC requests print their argument's address, as before. Names are data
 * (xlat/v4l2_*.list).
 */
#include <linux/videodev2.h>

#include "decode.h"

/* [V4L2_BUF_TYPE_VIDEO_CAPTURE] */
static void print_buf_type_in(struct tracee *t, uint64_t arg)
{
	uint32_t type;

	if (umove_or_printaddr(t, arg, sizeof(type), &type) < 0)
		return;
	tputc('[');
	printxval(&xlat_v4l2_buf_types, type, NULL);
	tputc(']');
}

static void print_int_in(struct tracee *t, uint64_t arg)
{
	int v;

	if (umove_or_printaddr(t, arg, sizeof(v), &v) == 0)
		tprintf("[%d]", v);
}

/* struct v4l2_requestbuffers: count, type, memory; strace shows type and memory first, and
 * at exit the count the driver granted when it is another */
static int requestbuffers_entry(struct tracee *t, uint64_t arg)
{
	uint32_t r[3];
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);

	if (umove_or_printaddr(t, arg, sizeof(r), r) < 0)
		return 1;
	tputs("{type=");
	printxval(&xlat_v4l2_buf_types, r[1], NULL);
	tputs(", memory=");
	printxval(&xlat_v4l2_memories, r[2], NULL);
	tprintf(", count=%u", r[0]);
	m->opened = 1;
	m->saved = r[0];
	return 2;
}

int ioctl_v4l2_exit2(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);
	uint32_t count;

	if (req != VIDIOC_REQBUFS)
		return 0;
	if (!m->opened)
		return 1;
	if (!t->err && umoven(t, arg, sizeof(count), &count) == 0 && count != m->saved)
		tprintf(" => %u", count);
	tputc('}');
	return 1;
}

/* Entry: 1 when printed, 2 when the exit adds to it. */
int ioctl_v4l2_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	switch (req) {
	case VIDIOC_STREAMON:
	case VIDIOC_STREAMOFF:
		tputs(", ");
		print_buf_type_in(t, arg);
		return 1;
	case VIDIOC_S_INPUT:
		tputs(", ");
		print_int_in(t, arg);
		return 1;
	case VIDIOC_REQBUFS:
		tputs(", ");
		return requestbuffers_entry(t, arg);
	}
	return 0;
}

/* The requests that fill in their argument: 1 when printed. */
int ioctl_v4l2_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	if (req != VIDIOC_G_INPUT)
		return 0;
	tputs(", ");
	if (t->err)
		printaddr(arg);
	else
		print_int_in(t, arg);
	return 1;
}
