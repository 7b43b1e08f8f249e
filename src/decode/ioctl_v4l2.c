/*
 * ioctl_v4l2.c: the video4linux requests (VIDIOC_*) as strace 7.2 prints them: the device's
 * capabilities, formats (every buffer type's part of the union), stream parameters,
 * controls, standards, inputs, buffers, cropping, frame sizes and intervals, tuners. A
 * request whose structure the kernel fills in shows its key fields at entry and the rest
 * at exit; one that takes a structure and may change it shows it at entry and again after
 * " => ". Structures are read at the tracee's 64-bit layout (a 32-bit tracee's requests
 * have other numbers and keep their address). Names are data (xlat/v4l2_*.list).
 */
#include <linux/videodev2.h>
#include <string.h>

#include "decode.h"

/* the size of the buffers below: struct v4l2_create_buffers, the largest read */
#define V4L2_MAX 256
#define FMT_UNION 8		/* struct v4l2_format's union, after the type and padding */

/* A known control id below the flags (or a class plus an offset), else 0. */
#define CID_FLAGS 0xc0000000u
#define CID_CLASS(id) ((id) & 0x0fff0000u)

static void print_u32_list(const unsigned char *b, unsigned n, const char *fmt)
{
	for (unsigned i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		tprintf(fmt, get32(b + 4 * i));
	}
}

/* a fixed-size char array, up to its NUL */
static void print_cstr(const unsigned char *s, size_t max)
{
	print_quoted(s, strnlen((const char *)s, max), 0);
}

static void print_fract(const unsigned char *b)
{
	tprintf("%u/%u", get32(b), get32(b + 4));
}

static void print_rect(const unsigned char *b)
{
	tprintf("{left=%d, top=%d, width=%u, height=%u}", (int)get32(b), (int)get32(b + 4),
		get32(b + 8), get32(b + 12));
}

/* one character of a fourcc, as a C character literal */
static void print_fourcc_char(unsigned char c)
{
	if (c == '\'' || c == '\\')
		tprintf("'\\%c'", c);
	else if (c >= 0x20 && c < 0x7f)
		tprintf("'%c'", c);
	else
		tprintf("'\\x%02x'", c);
}

/* v4l2_fourcc('Y', 'U', 'Y', 'V') and the format's name in a comment; -X raw: the number */
static void print_fourcc(uint32_t v, const struct xlat *names)
{
	const char *name = xlat_name(names, v);

	if (xlat_raw()) {
		tprintf("%#x", v);
		return;
	}
	tputs("v4l2_fourcc(");
	for (int i = 0; i < 4; i++) {
		if (i)
			tputs(", ");
		print_fourcc_char((unsigned char)(v >> (8 * i)));
	}
	tputc(')');
	if (name)
		tprintf(" /* %s */", name);
}

static void print_buf_type(uint32_t type)
{
	printxval(&xlat_v4l2_buf_types, type, NULL);
}

static void print_version_names(uint64_t v)
{
	tprintf("KERNEL_VERSION(%u, %u, %u)", (unsigned)(v >> 16) & 0xffff,
		(unsigned)(v >> 8) & 0xff, (unsigned)v & 0xff);
}

/* G/S_CTRL, QUERYCTRL: an id with no name of its own is its class plus an offset */
static void print_cid_names(uint64_t id)
{
	const char *name = xlat_name(&xlat_v4l2_control_ids, id);
	const char *class = xlat_name(&xlat_v4l2_control_classes, CID_CLASS(id));

	if (name)
		print_const_name(name);
	else if (class)
		tprintf(id & 0xffff ? "%s+%#x" : "%s+%u", class, (unsigned)(id & 0xffff));
	else
		tputs(xlat_unknown_text(&xlat_v4l2_control_ids));
}

static void print_cid(uint32_t id)
{
	uint32_t cid = id & ~CID_FLAGS;

	if (xlat_raw()) {
		tprintf("%#x", id);
		return;
	}
	if (id & CID_FLAGS) {
		printflags(&xlat_v4l2_control_id_flags, id & CID_FLAGS, NULL);
		print_flag_sep();
	}
	if (print_number_styled("%#llx", cid, print_cid_names))
		return;
	if (xlat_name(&xlat_v4l2_control_ids, cid) ||
	    xlat_name(&xlat_v4l2_control_classes, CID_CLASS(cid)))
		print_cid_names(cid);
	else
		printxval(&xlat_v4l2_control_ids, cid, NULL);
}

/* struct v4l2_buffer's flags: the plain bits, then the timestamp type and source fields */
static void print_buf_flags(uint32_t f)
{
	uint32_t plain = f & ~0x7e000u;

	if (xlat_raw()) {
		tprintf("%#x", f);
		return;
	}
	if (plain) {
		printflags(&xlat_v4l2_buf_flags, plain, "V4L2_BUF_FLAG_???");
		print_flag_sep();
	}
	printxval(&xlat_v4l2_buf_ts_types, f & 0xe000u, NULL);
	print_flag_sep();
	printxval(&xlat_v4l2_buf_ts_sources, f & 0x70000u, NULL);
}

/* n elements of an array inside the structure, cut at -s when abbreviated if cut is set */
static void print_inline_array(const unsigned char *b, unsigned n, size_t size,
			       void (*fn)(const unsigned char *), int cut)
{
	tputc('[');
	for (unsigned i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		if (cut && style_abbrev() && i >= (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		fn(b + i * size);
	}
	tputc(']');
}

static void print_plane_fmt(const unsigned char *p)
{
	tprintf("{sizeimage=%u, bytesperline=%u}", get32(p), get32(p + 4));
}

static void print_hex16(const unsigned char *p)
{
	printnum_hex(get16(p));
}

static void print_service_line(const unsigned char *p)
{
	print_inline_array(p, 24, 2, print_hex16, 0);
}

static int fmt_pix(struct tracee *t, const unsigned char *f)
{
	(void)t;
	tprintf("fmt.pix={width=%u, height=%u, pixelformat=", get32(f), get32(f + 4));
	print_fourcc(get32(f + 8), &xlat_v4l2_pix_fmts);
	tputs(", field=");
	printxval(&xlat_v4l2_fields, get32(f + 12), NULL);
	tprintf(", bytesperline=%u, sizeimage=%u, colorspace=", get32(f + 16), get32(f + 20));
	printxval(&xlat_v4l2_colorspaces, get32(f + 24), NULL);
	tputc('}');
	return 1;
}

static int fmt_pix_mp(struct tracee *t, const unsigned char *f)
{
	unsigned planes = f[180];

	(void)t;
	tprintf("fmt.pix_mp={width=%u, height=%u, pixelformat=", get32(f), get32(f + 4));
	print_fourcc(get32(f + 8), &xlat_v4l2_pix_fmts);
	tputs(", field=");
	printxval(&xlat_v4l2_fields, get32(f + 12), NULL);
	tputs(", colorspace=");
	printxval(&xlat_v4l2_colorspaces, get32(f + 16), NULL);
	tputs(", plane_fmt=");
	print_inline_array(f + 20, planes < VIDEO_MAX_PLANES ? planes : VIDEO_MAX_PLANES, 20,
			   print_plane_fmt, 1);
	tprintf(", num_planes=%u}", planes);
	return 1;
}

static void print_clip(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	tputs("{c=");
	print_rect(elem);
	tputc('}');
}

static int fmt_win(struct tracee *t, const unsigned char *f)
{
	uint32_t count = get32(f + 32);
	uint64_t clips = get64(f + 24);
	unsigned char clip[24];
	/* strace shows the window again at exit only when it could show the clips */
	int shown = clips && (!count || umoven(t, clips, sizeof(clip), clip) == 0);

	tputs("fmt.win={w=");
	print_rect(f);
	tputs(", field=");
	printxval(&xlat_v4l2_fields, get32(f + 16), NULL);
	tputs(", chromakey=");
	printnum_hex(get32(f + 20));
	tputs(", clips=");
	print_array(t, clips, count, sizeof(clip), print_clip, NULL);
	tprintf(", clipcount=%u, bitmap=", count);
	printaddr(get64(f + 40));
	if (f[48])
		tprintf(", global_alpha=%#x", f[48]);
	tputc('}');
	return shown;
}

static int fmt_vbi(struct tracee *t, const unsigned char *f)
{
	(void)t;
	tprintf("fmt.vbi={sampling_rate=%u, offset=%u, samples_per_line=%u, sample_format=",
		get32(f), get32(f + 4), get32(f + 8));
	print_fourcc(get32(f + 12), &xlat_v4l2_pix_fmts);
	tputs(", start=[");
	print_u32_list(f + 16, 2, "%d");
	tputs("], count=[");
	print_u32_list(f + 24, 2, "%u");
	tputs("], flags=");
	printflags(&xlat_v4l2_vbi_flags, get32(f + 32), NULL);
	tputc('}');
	return 1;
}

static int fmt_sliced(struct tracee *t, const unsigned char *f)
{
	(void)t;
	tputs("fmt.sliced={service_set=");
	printflags(&xlat_v4l2_sliced_flags, get16(f), NULL);
	tputs(", service_lines=");
	print_inline_array(f + 2, 2, 48, print_service_line, 0);
	tprintf(", io_size=%u}", get32(f + 100));
	return 1;
}

static int fmt_sdr(struct tracee *t, const unsigned char *f)
{
	(void)t;
	tputs("fmt.sdr={pixelformat=");
	print_fourcc(get32(f), &xlat_v4l2_sdr_fmts);
	tprintf(", buffersize=%u}", get32(f + 4));
	return 1;
}

static int fmt_meta(struct tracee *t, const unsigned char *f)
{
	(void)t;
	tputs("fmt.meta={dataformat=");
	print_fourcc(get32(f), &xlat_v4l2_meta_fmts);
	tprintf(", buffersize=%u}", get32(f + 4));
	return 1;
}

/* The part of struct v4l2_format's union a buffer type uses; NULL when strace shows none. */
static int (*fmt_printer(uint32_t type))(struct tracee *, const unsigned char *)
{
	switch (type) {
	case V4L2_BUF_TYPE_VIDEO_CAPTURE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT:
		return fmt_pix;
	case V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE:
		return fmt_pix_mp;
	case V4L2_BUF_TYPE_VIDEO_OVERLAY:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY:
		return fmt_win;
	case V4L2_BUF_TYPE_VBI_CAPTURE:
	case V4L2_BUF_TYPE_VBI_OUTPUT:
		return fmt_vbi;
	case V4L2_BUF_TYPE_SLICED_VBI_CAPTURE:
	case V4L2_BUF_TYPE_SLICED_VBI_OUTPUT:
		return fmt_sliced;
	case V4L2_BUF_TYPE_SDR_CAPTURE:
	case V4L2_BUF_TYPE_SDR_OUTPUT:
		return fmt_sdr;
	case V4L2_BUF_TYPE_META_CAPTURE:
	case V4L2_BUF_TYPE_META_OUTPUT:
		return fmt_meta;
	}
	return NULL;
}

/* ", fmt.pix={...}" from a struct v4l2_format at b; 1 when the exit shows it again */
static int print_fmt_union(struct tracee *t, const unsigned char *b, const char *sep)
{
	int (*fn)(struct tracee *, const unsigned char *) = fmt_printer(get32(b));

	if (!fn)
		return 0;
	tputs(sep);
	return fn(t, b + FMT_UNION);
}

/* {type=..., fmt.X={...}}: what VIDIOC_CREATE_BUFS passes */
static void print_format(struct tracee *t, const unsigned char *b)
{
	tputs("{type=");
	print_buf_type(get32(b));
	print_fmt_union(t, b, ", ");
	tputc('}');
}

static void print_parm(const unsigned char *p, int output)
{
	tputs(output ? "parm.output={capability=" : "parm.capture={capability=");
	printflags(&xlat_v4l2_streaming_caps, get32(p), NULL);
	tputs(output ? ", outputmode=" : ", capturemode=");
	printflags(&xlat_v4l2_capture_modes, get32(p + 4), NULL);
	tputs(", timeperframe=");
	print_fract(p + 8);
	tputs(", extendedmode=");
	printnum_hex(get32(p + 16));
	tprintf(output ? ", writebuffers=%u}" : ", readbuffers=%u}", get32(p + 20));
}

/* ", parm.capture={...}" of a struct v4l2_streamparm; 1 for the two types that have one */
static int print_parm_union(const unsigned char *b, const char *sep)
{
	uint32_t type = get32(b);

	if (type != V4L2_BUF_TYPE_VIDEO_CAPTURE && type != V4L2_BUF_TYPE_VIDEO_OUTPUT)
		return 0;
	tputs(sep);
	print_parm(b + 4, type == V4L2_BUF_TYPE_VIDEO_OUTPUT);
	return 1;
}

static void print_ext_control(struct tracee *t, const void *elem, void *data)
{
	const unsigned char *c = elem;
	uint32_t size = get32(c + 4);

	(void)data;
	tputs("{id=");
	printxval(&xlat_v4l2_control_ids, get32(c), NULL);
	tprintf(", size=%u, ", size);
	if (size) {
		tputs("string=");
		printstr_n(t, get64(c + 12), size);
	} else {
		tprintf("value=%d, value64=%" PRId64, (int)get32(c + 12), (int64_t)get64(c + 12));
	}
	tputc('}');
}

static void print_ext_controls_array(struct tracee *t, const unsigned char *b)
{
	tputs("controls=");
	print_array(t, get64(b + 24), get32(b + 4), 20, print_ext_control, NULL);
}

static void print_tuner_body(const unsigned char *b)
{
	tputs("name=");
	print_cstr(b + 4, 32);
	tputs(", type=");
	printxval(&xlat_v4l2_tuner_types, get32(b + 36), NULL);
	tputs(", capability=");
	printflags(&xlat_v4l2_tuner_caps, get32(b + 40), NULL);
	tprintf(", rangelow=%u, rangehigh=%u, rxsubchans=", get32(b + 44), get32(b + 48));
	printflags(&xlat_v4l2_tuner_rxsubchans, get32(b + 52), NULL);
	tputs(", audmode=");
	printxval(&xlat_v4l2_tuner_audmodes, get32(b + 56), NULL);
	tprintf(", signal=%d, afc=%d", (int)get32(b + 60), (int)get32(b + 64));
}

/* struct v4l2_buffer, after what the entry showed */
static void print_buffer_exit(const unsigned char *b, int dq)
{
	uint32_t memory = get32(b + 60);

	if (dq)
		tprintf(", index=%u", get32(b));
	tputs(", memory=");
	printxval(&xlat_v4l2_memories, memory, NULL);
	if (memory == V4L2_MEMORY_MMAP) {
		tputs(", m.offset=");
		printnum_hex(get32(b + 64));
	} else if (memory == V4L2_MEMORY_USERPTR) {
		tputs(", m.userptr=");
		printnum_hex(get64(b + 64));
	}
	tprintf(", length=%u, bytesused=%u, flags=", get32(b + 72), get32(b + 8));
	print_buf_flags(get32(b + 12));
	if (dq)
		tprintf(", timestamp={tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}",
			(int64_t)get64(b + 24), get64(b + 32));
	tputs(", ...}");
}

static void print_queryctrl_rest(const unsigned char *b, int ext)
{
	const unsigned char *r = b + (ext ? 104 : 60);
	unsigned nr = ext ? 32 : 2, any = 0;

	if (ext) {
		tprintf(", minimum=%" PRId64 ", maximum=%" PRId64 ", step=%" PRIu64
			", default_value=%" PRId64 ", flags=", (int64_t)get64(b + 40),
			(int64_t)get64(b + 48), get64(b + 56), (int64_t)get64(b + 64));
		printflags(&xlat_v4l2_control_flags, get32(b + 72), NULL);
		tprintf(", elem_size=%u, elems=%u, nr_of_dims=%u, dims=[", get32(b + 76),
			get32(b + 80), get32(b + 84));
		print_u32_list(b + 88, get32(b + 84) < 4 ? get32(b + 84) : 4, "%u");
		tputc(']');
	} else {
		tprintf(", minimum=%d, maximum=%d, step=%d, default_value=%d, flags=",
			(int)get32(b + 40), (int)get32(b + 44), (int)get32(b + 48),
			(int)get32(b + 52));
		printflags(&xlat_v4l2_control_flags, get32(b + 56), NULL);
	}
	for (unsigned i = 0; i < nr; i++)
		any |= get32(r + 4 * i);
	if (any) {
		tputs(", reserved=[");
		print_u32_list(r, nr, "%#x");
		tputc(']');
	}
}

/* QUERYCTRL, QUERY_EXT_CTRL at exit: the id the driver moved to, then the rest */
static void print_queryctrl_exit(const unsigned char *b, uint32_t id_in, int ext)
{
	if (get32(b) != id_in) {
		tputs(" => ");
		print_cid(get32(b));
	}
	tputs(", type=");
	printxval(&xlat_v4l2_control_types, get32(b + 4), NULL);
	tputs(", name=");
	print_cstr(b + 8, 32);
	if (style_abbrev()) {
		tputs(", ...}");
		return;
	}
	print_queryctrl_rest(b, ext);
	tputc('}');
}

static void print_frmsize(const unsigned char *b)
{
	uint32_t type = get32(b + 8);

	tputs(", type=");
	printxval(&xlat_v4l2_framesize_types, type, NULL);
	if (type == V4L2_FRMSIZE_TYPE_DISCRETE) {
		tprintf(", discrete={width=%u, height=%u}", get32(b + 12), get32(b + 16));
	} else if (type == V4L2_FRMSIZE_TYPE_STEPWISE) {
		tprintf(", stepwise={min_width=%u, max_width=%u, step_width=%u, min_height=%u, "
			"max_height=%u, step_height=%u}", get32(b + 12), get32(b + 16),
			get32(b + 20), get32(b + 24), get32(b + 28), get32(b + 32));
	}
}

static void print_frmival(const unsigned char *b)
{
	uint32_t type = get32(b + 16);

	tputs(", type=");
	printxval(&xlat_v4l2_frameinterval_types, type, NULL);
	if (type == V4L2_FRMIVAL_TYPE_DISCRETE) {
		tputs(", discrete=");
		print_fract(b + 20);
	} else if (type == V4L2_FRMIVAL_TYPE_CONTINUOUS || type == V4L2_FRMIVAL_TYPE_STEPWISE) {
		tputs(", stepwise={min=");
		print_fract(b + 20);
		tputs(", max=");
		print_fract(b + 28);
		tputs(", step=");
		print_fract(b + 36);
		tputc('}');
	}
}

static void print_capability(const unsigned char *b)
{
	uint32_t version = get32(b + 80), dcaps = get32(b + 88);

	tputs("{driver=");
	print_cstr(b, 16);
	tputs(", card=");
	print_cstr(b + 16, 32);
	tputs(", bus_info=");
	print_cstr(b + 48, 32);
	tputs(", version=");
	if (!print_number_styled("%#llx", version, print_version_names))
		print_version_names(version);
	tputs(", capabilities=");
	printflags(&xlat_v4l2_caps, get32(b + 84), NULL);
	if (dcaps) {
		tputs(", device_caps=");
		printflags(&xlat_v4l2_caps, dcaps, NULL);
	}
	tputc('}');
}

static void print_framebuffer(const unsigned char *b)
{
	tputs("{capability=");
	printnum_hex(get32(b));
	tputs(", flags=");
	printnum_hex(get32(b + 4));
	tputs(", base=");
	printaddr(get64(b + 8));
	tputc('}');
}

/* [V4L2_BUF_TYPE_VIDEO_CAPTURE] */
static void print_buf_type_in(struct tracee *t, uint64_t arg)
{
	uint32_t type;

	if (umove_or_printaddr(t, arg, sizeof(type), &type) < 0)
		return;
	tputc('[');
	print_buf_type(type);
	tputc(']');
}

static void print_int_in(struct tracee *t, uint64_t arg)
{
	int v;

	if (umove_or_printaddr(t, arg, sizeof(v), &v) == 0)
		tprintf("[%d]", v);
}

static void print_std_in(struct tracee *t, uint64_t arg)
{
	uint64_t v;

	if (umove_or_printaddr(t, arg, sizeof(v), &v) < 0)
		return;
	tputc('[');
	printnum_hex(v);
	tputc(']');
}

/* The argument's structure at entry, or its address: 0 when unreadable (printed). */
static int read_arg(struct tracee *t, uint64_t arg, size_t size, unsigned char *b)
{
	if (umove_or_printaddr(t, arg, size, b) < 0)
		return 0;
	call_memo(t, struct ioctl_memo)->opened = 1;
	return 1;
}

/* The requests the kernel fills in, given a key: {key fields at entry, the rest at exit}. */
static int keyed_entry(struct tracee *t, uint32_t req, const unsigned char *b)
{
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);

	switch (req) {
	case VIDIOC_ENUM_FMT:
		tprintf("{index=%u, type=", get32(b));
		print_buf_type(get32(b + 4));
		return 2;
	case VIDIOC_G_FMT:
	case VIDIOC_G_PARM:
	case VIDIOC_CROPCAP:
	case VIDIOC_G_CROP:
		tputs("{type=");
		print_buf_type(get32(b));
		return 2;
	case VIDIOC_QUERYCTRL:
	case VIDIOC_QUERY_EXT_CTRL:
	case VIDIOC_G_CTRL:
		tputs("{id=");
		print_cid(get32(b));
		m->saved = get32(b);
		return 2;
	case VIDIOC_ENUMSTD:
	case VIDIOC_ENUMINPUT:
	case VIDIOC_G_TUNER:
		tprintf("{index=%u", get32(b));
		return 2;
	case VIDIOC_ENUM_FRAMESIZES:
	case VIDIOC_ENUM_FRAMEINTERVALS:
		tprintf("{index=%u, pixel_format=", get32(b));
		print_fourcc(get32(b + 4), &xlat_v4l2_pix_fmts);
		if (req == VIDIOC_ENUM_FRAMEINTERVALS)
			tprintf(", width=%u, height=%u", get32(b + 8), get32(b + 12));
		return 2;
	case VIDIOC_QUERYBUF:
	case VIDIOC_QBUF:
	case VIDIOC_DQBUF:
		tputs("{type=");
		print_buf_type(get32(b + 4));
		if (req != VIDIOC_DQBUF)
			tprintf(", index=%u", get32(b));
		return 2;
	}
	return 0;
}

static int is_keyed(uint32_t req)
{
	switch (req) {
	case VIDIOC_ENUM_FMT: case VIDIOC_G_FMT: case VIDIOC_G_PARM: case VIDIOC_CROPCAP:
	case VIDIOC_G_CROP: case VIDIOC_QUERYCTRL: case VIDIOC_QUERY_EXT_CTRL:
	case VIDIOC_G_CTRL: case VIDIOC_ENUMSTD: case VIDIOC_ENUMINPUT: case VIDIOC_G_TUNER:
	case VIDIOC_ENUM_FRAMESIZES: case VIDIOC_ENUM_FRAMEINTERVALS: case VIDIOC_QUERYBUF:
	case VIDIOC_QBUF: case VIDIOC_DQBUF:
		return 1;
	}
	return 0;
}

static void keyed_exit(struct tracee *t, uint32_t req, const unsigned char *b, uint64_t saved)
{
	switch (req) {
	case VIDIOC_G_FMT:
		print_fmt_union(t, b, ", ");
		break;
	case VIDIOC_ENUM_FMT:
		tputs(", flags=");
		printflags(&xlat_v4l2_fmt_flags, get32(b + 8), NULL);
		tputs(", description=");
		print_cstr(b + 12, 32);
		tputs(", pixelformat=");
		print_fourcc(get32(b + 44), &xlat_v4l2_pix_fmts);
		break;
	case VIDIOC_G_PARM:
		print_parm_union(b, ", ");
		break;
	case VIDIOC_CROPCAP:
		tputs(", bounds=");
		print_rect(b + 4);
		tputs(", defrect=");
		print_rect(b + 20);
		tputs(", pixelaspect=");
		print_fract(b + 36);
		break;
	case VIDIOC_G_CROP:
		tputs(", c=");
		print_rect(b + 4);
		break;
	case VIDIOC_QUERYCTRL:
	case VIDIOC_QUERY_EXT_CTRL:
		print_queryctrl_exit(b, (uint32_t)saved, req == VIDIOC_QUERY_EXT_CTRL);
		return;
	case VIDIOC_G_CTRL:
		tprintf(", value=%d", (int)get32(b + 4));
		break;
	case VIDIOC_ENUMSTD:
		tputs(", name=");
		print_cstr(b + 16, 24);
		tputs(", frameperiod=");
		print_fract(b + 40);
		tprintf(", framelines=%u", get32(b + 48));
		break;
	case VIDIOC_ENUMINPUT:
		tputs(", name=");
		print_cstr(b + 4, 32);
		tputs(", type=");
		printxval(&xlat_v4l2_input_types, get32(b + 36), NULL);
		tputs(", audioset=");
		printnum_hex(get32(b + 40));
		tprintf(", tuner=%u, std=", get32(b + 44));
		printflags(&xlat_v4l2_std_ids, get64(b + 48), NULL);
		tputs(", status=");
		printflags(&xlat_v4l2_input_status, get32(b + 56), NULL);
		tputs(", capabilities=");
		printflags(&xlat_v4l2_input_caps, get32(b + 60), NULL);
		break;
	case VIDIOC_G_TUNER:
		tputs(", ");
		print_tuner_body(b);
		break;
	case VIDIOC_ENUM_FRAMESIZES:
		print_frmsize(b);
		break;
	case VIDIOC_ENUM_FRAMEINTERVALS:
		print_frmival(b);
		break;
	case VIDIOC_QUERYBUF:
	case VIDIOC_QBUF:
	case VIDIOC_DQBUF:
		print_buffer_exit(b, req == VIDIOC_DQBUF);
		return;
	}
	tputc('}');
}

/* The requests that pass a structure the kernel may change: all of it at entry. */
static int passed_entry(struct tracee *t, uint32_t req, const unsigned char *b)
{
	switch (req) {
	case VIDIOC_S_FMT:
	case VIDIOC_TRY_FMT:
		tputs("{type=");
		print_buf_type(get32(b));
		req = (uint32_t)print_fmt_union(t, b, ", ");
		tputc('}');
		return req ? 2 : 1;
	case VIDIOC_S_PARM:
		tputs("{type=");
		print_buf_type(get32(b));
		req = (uint32_t)print_parm_union(b, ", ");
		tputc('}');
		return req ? 2 : 1;
	case VIDIOC_S_CTRL:
		tputs("{id=");
		print_cid(get32(b));
		tprintf(", value=%d", (int)get32(b + 4));
		call_memo(t, struct ioctl_memo)->saved = get32(b + 4);
		return 2;
	case VIDIOC_S_CROP:
		tputs("{type=");
		print_buf_type(get32(b));
		tputs(", c=");
		print_rect(b + 4);
		tputc('}');
		return 1;
	case VIDIOC_S_TUNER:
		tprintf("{index=%u, ", get32(b));
		print_tuner_body(b);
		tputc('}');
		return 2;
	case VIDIOC_QUERYMENU:
		tputs("{id=");
		print_cid(get32(b));
		tprintf(", index=%u}", get32(b + 4));
		return 2;
	case VIDIOC_EXPBUF:
		tputs("{type=");
		print_buf_type(get32(b));
		tprintf(", index=%u, plane=%u, flags=", get32(b + 4), get32(b + 8));
		print_open_flags(get32(b + 12));
		tputc('}');
		return 2;
	case VIDIOC_S_FBUF:
		print_framebuffer(b);
		return 1;
	}
	return 0;
}

static void passed_exit(struct tracee *t, uint32_t req, const unsigned char *b, uint64_t saved)
{
	switch (req) {
	case VIDIOC_S_FMT:
	case VIDIOC_TRY_FMT:
		print_fmt_union(t, b, " => {");
		tputc('}');
		break;
	case VIDIOC_S_PARM:
		print_parm_union(b, " => {");
		tputc('}');
		break;
	case VIDIOC_S_CTRL:
		if (get32(b + 4) != (uint32_t)saved)
			tprintf(" => %d", (int)get32(b + 4));
		break;
	case VIDIOC_S_TUNER:
		tputs(" => {");
		print_tuner_body(b);
		tputc('}');
		break;
	case VIDIOC_QUERYMENU:
		tputs(" => {name=");
		print_cstr(b + 8, 32);
		tprintf(", value=%" PRId64 "}", (int64_t)get64(b + 8));
		break;
	case VIDIOC_EXPBUF:
		tprintf(" => {fd=%d}", (int)get32(b + 16));
		break;
	}
}

/* The size of what each request of this file reads. */
static size_t v4l2_size(uint32_t req)
{
	return _IOC_SIZE(req) <= V4L2_MAX ? _IOC_SIZE(req) : 0;
}

/* VIDIOC_G/S/TRY_EXT_CTRLS: the controls at entry; error_idx after a failure, or what
 * the S and TRY requests leave behind */
static int ext_ctrls_entry(struct tracee *t, uint32_t req, const unsigned char *b)
{
	unsigned char c[20];

	tputs("{ctrl_class=");
	printxval(&xlat_v4l2_control_classes, get32(b), NULL);
	tprintf(", count=%u", get32(b + 4));
	if (!get32(b + 4)) {
		tputc('}');
		return 1;
	}
	tputs(", ");
	print_ext_controls_array(t, b);
	if (req != VIDIOC_G_EXT_CTRLS &&
	    (!get64(b + 24) || umoven(t, get64(b + 24), 20, c) < 0)) {
		tputc('}');	/* S, TRY: controls it could not show, nothing more at exit */
		return 1;
	}
	return 2;
}

static void ext_ctrls_exit(struct tracee *t, uint32_t req, const unsigned char *b)
{
	if (req != VIDIOC_G_EXT_CTRLS) {
		tputs("} => {");
		print_ext_controls_array(t, b);
	}
	if (t->err)
		tprintf(", error_idx=%u", get32(b + 8));
	tputc('}');
}

/* struct v4l2_create_buffers: what the driver made, shown beside the return value */
static void print_created(struct tracee *t)
{
	uint32_t v[2];

	if (umoven(t, arg_ulong(t, 2), sizeof(v), v) < 0)
		return;
	tprintf(" ({index=%u, count=%u})", v[0], v[1]);
}

static int create_bufs_entry(struct tracee *t, const unsigned char *b)
{
	tprintf("{count=%u, memory=", get32(b + 4));
	printxval(&xlat_v4l2_memories, get32(b + 8), NULL);
	tputs(", format=");
	print_format(t, b + 16);
	tputc('}');
	return 2;
}

/* struct v4l2_requestbuffers: count, type, memory; strace shows type and memory first, and
 * at exit the count the driver granted when it is another */
static int requestbuffers_entry(struct tracee *t, const unsigned char *b)
{
	tputs("{type=");
	print_buf_type(get32(b + 4));
	tputs(", memory=");
	printxval(&xlat_v4l2_memories, get32(b + 8), NULL);
	tprintf(", count=%u", get32(b));
	call_memo(t, struct ioctl_memo)->saved = get32(b);
	return 2;
}

/* The requests whose structure is read at entry: 1 printed, 2 the exit adds to it. */
static int struct_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned char b[V4L2_MAX];
	size_t size = v4l2_size(req);
	int r;

	if (!size || !read_arg(t, arg, size, b))
		return 1;
	if (req == VIDIOC_REQBUFS)
		return requestbuffers_entry(t, b);
	if (req == VIDIOC_CREATE_BUFS)
		return create_bufs_entry(t, b);
	if (req == VIDIOC_G_EXT_CTRLS || req == VIDIOC_S_EXT_CTRLS || req == VIDIOC_TRY_EXT_CTRLS)
		return ext_ctrls_entry(t, req, b);
	r = keyed_entry(t, req, b);
	return r ? r : passed_entry(t, req, b);
}

static int is_struct_request(uint32_t req)
{
	switch (req) {
	case VIDIOC_ENUM_FMT: case VIDIOC_G_FMT: case VIDIOC_S_FMT: case VIDIOC_TRY_FMT:
	case VIDIOC_G_PARM: case VIDIOC_S_PARM: case VIDIOC_CROPCAP: case VIDIOC_G_CROP:
	case VIDIOC_S_CROP: case VIDIOC_QUERYCTRL: case VIDIOC_QUERY_EXT_CTRL:
	case VIDIOC_G_CTRL: case VIDIOC_S_CTRL: case VIDIOC_QUERYMENU: case VIDIOC_ENUMSTD:
	case VIDIOC_ENUMINPUT: case VIDIOC_G_TUNER: case VIDIOC_S_TUNER:
	case VIDIOC_ENUM_FRAMESIZES: case VIDIOC_ENUM_FRAMEINTERVALS: case VIDIOC_QUERYBUF:
	case VIDIOC_QBUF: case VIDIOC_DQBUF: case VIDIOC_EXPBUF: case VIDIOC_S_FBUF:
	case VIDIOC_REQBUFS: case VIDIOC_CREATE_BUFS: case VIDIOC_G_EXT_CTRLS:
	case VIDIOC_S_EXT_CTRLS: case VIDIOC_TRY_EXT_CTRLS:
		return 1;
	}
	return 0;
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
	case VIDIOC_S_STD:
		tputs(", ");
		print_std_in(t, arg);
		return 1;
	}
	if (!is_struct_request(req))
		return 0;
	tputs(", ");
	return struct_entry(t, req, arg);
}

/* After an entry's 2: 1 when the request is one of these, 2 when the return value has a
 * comment of its own (VIDIOC_CREATE_BUFS). */
int ioctl_v4l2_exit2(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);
	unsigned char b[V4L2_MAX];
	size_t size = v4l2_size(req);
	int fetched;

	if (_IOC_TYPE(req) != 'V' || !is_struct_request(req))
		return 0;
	fetched = size && umoven(t, arg, size, b) == 0;
	if (req == VIDIOC_G_EXT_CTRLS || req == VIDIOC_S_EXT_CTRLS || req == VIDIOC_TRY_EXT_CTRLS) {
		if (fetched)
			ext_ctrls_exit(t, req, b);
		return 1;
	}
	if (req == VIDIOC_REQBUFS) {
		if (!t->err && fetched && get32(b) != m->saved)
			tprintf(" => %u", get32(b));
		tputc('}');
		return 1;
	}
	if (req == VIDIOC_CREATE_BUFS) {
		if (t->err || !fetched)
			return 1;
		t->auxfn = print_created;
		return 2;
	}
	if (is_keyed(req)) {
		if (t->err || !fetched)
			tputc('}');
		else
			keyed_exit(t, req, b, m->saved);
		return 1;
	}
	if (!t->err && fetched)
		passed_exit(t, req, b, m->saved);
	if (req == VIDIOC_S_CTRL)
		tputc('}');
	return 1;
}

/* The requests that fill in their argument: 1 when printed. */
int ioctl_v4l2_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned char b[V4L2_MAX];

	if (req != VIDIOC_G_INPUT && req != VIDIOC_QUERYCAP && req != VIDIOC_G_FBUF &&
	    req != VIDIOC_G_STD)
		return 0;
	tputs(", ");
	if (t->err)
		printaddr(arg);
	else if (req == VIDIOC_G_INPUT)
		print_int_in(t, arg);
	else if (req == VIDIOC_G_STD)
		print_std_in(t, arg);
	else if (umove_or_printaddr(t, arg, _IOC_SIZE(req), b) < 0)
		return 1;
	else if (req == VIDIOC_QUERYCAP)
		print_capability(b);
	else
		print_framebuffer(b);
	return 1;
}
