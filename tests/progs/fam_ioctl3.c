/*
 * fam_ioctl3.c: ioctl requests of the device and file families strace decodes (file ranges
 * and labels, evdev, gpio, hdio, kd, ptp, btrfs, v4l2), issued on /dev/null or a plain file:
 * the kernel refuses them, strace still names the request and shows what the caller passed.
 * Run under `-e inject=ioctl:retval=0` the same calls show what strace reads back at exit.
 * With an argument (fs, input, evbits, names, hdio, kd, ptp, btrfs, v4l2, gpio) only that part runs;
 * evbits, the evdev bit sets, shows them under -e inject=ioctl:retval=N.
 * Every call is a raw syscall; the buffers are static, so their addresses and contents are
 * the same from run to run.
 */
#include <fcntl.h>
#include <linux/btrfs.h>
#include <linux/fs.h>
#include <linux/gpio.h>
#include <linux/hdreg.h>
#include <linux/input.h>
#include <linux/kd.h>
#include <linux/ptp_clock.h>
#include <linux/videodev2.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static unsigned char buf[4096];
static int nul;

static long io(unsigned long req, const void *arg)
{
	return syscall(SYS_ioctl, nul, req, arg);
}

static long io_val(unsigned long req, unsigned long arg)
{
	return syscall(SYS_ioctl, nul, req, arg);
}

static void fs(void)
{
	static struct fstrim_range r = { 1, 2, 3 };
	static struct file_clone_range cr = { 3, 4096, 8192, 0 };
	static struct {
		struct file_dedupe_range d;
		struct file_dedupe_range_info i[3];
	} dd = { { 0, 4096, 3, 0, 0 }, { { 3, 0, 0, 0, 0 }, { 4, 8192, 7, -22, 0 },
		{ -1, 1, 0, 1, 0 } } };
	static char label[FSLABEL_MAX] = "label\001";

	io(FITRIM, &r);
	io_val(FITRIM, 1);
	io(FICLONERANGE, &cr);
	io_val(FICLONERANGE, 0);
	io(FIDEDUPERANGE, &dd);
	dd.d.dest_count = 1;
	io(FIDEDUPERANGE, &dd);
	dd.d.dest_count = 0;
	io(FIDEDUPERANGE, &dd);
	io_val(FIDEDUPERANGE, 1);
	static unsigned int iflags = FS_APPEND_FL | FS_NOATIME_FL;

	io(FS_IOC32_SETFLAGS, &iflags);
	io(FS_IOC32_GETFLAGS, &iflags);
	io(FS_IOC_SETFSLABEL, label);
	io(FS_IOC_GETFSLABEL, label);
	io_val(FS_IOC_GETFSLABEL, 0);
}

static void input(void)
{
	static unsigned int kc[2] = { 250, KEY_F };
	static unsigned int rep[2] = { 250, 33 };
	static int clk = 1;
	static struct input_keymap_entry ke = {
		.flags = 1, .len = 4, .index = 7, .keycode = KEY_A, .scancode = { 1, 2, 3, 4 }
	};
	static struct input_absinfo ai = { 1, -5, 100, 2, 3, 4 };
	static struct ff_effect fe = {
		.type = FF_RUMBLE, .id = -1, .direction = 0x4000, .trigger = { 1, 2 },
		.replay = { 3, 4 }
	};
	static unsigned short id[4] = { 3, 0x46d, 0xc077, 0x111 };
	static const unsigned types[] = { FF_RUMBLE, FF_PERIODIC, FF_CONSTANT, FF_RAMP,
					  FF_SPRING, 0x70 };

	io(EVIOCGVERSION, buf);
	io(EVIOCGID, id);
	io(EVIOCGREP, rep);
	io(EVIOCGKEYCODE, kc);
	io(EVIOCGKEYCODE_V2, &ke);
	io(EVIOCGNAME(64), buf);
	io(EVIOCGPHYS(32), buf);
	io(EVIOCGUNIQ(16), buf);
	io(EVIOCGPROP(8), buf);
	io(EVIOCGMTSLOTS(64), buf);
	io(EVIOCGKEY(96), buf);
	io(EVIOCGLED(8), buf);
	io(EVIOCGSND(8), buf);
	io(EVIOCGSW(8), buf);
	io(EVIOCGBIT(0, 8), buf);
	io(EVIOCGBIT(EV_KEY, 96), buf);
	io(EVIOCGBIT(EV_FF_STATUS, 8), buf);
	io(EVIOCGBIT(0x1f, 8), buf);
	io(EVIOCGABS(ABS_X), &ai);
	io(EVIOCGABS(ABS_MT_SLOT), &ai);
	io(EVIOCGABS(0x3f), &ai);
	io(EVIOCSABS(ABS_Y), &ai);
	io(EVIOCSABS(0x3e), &ai);
	io(EVIOCGEFFECTS, buf);
	io_val(EVIOCGRAB, 1);
	io_val(EVIOCREVOKE, 0);
	io_val(EVIOCRMFF, 3);
	io(EVIOCSCLOCKID, &clk);
	io(EVIOCSREP, rep);
	io(EVIOCSKEYCODE, kc);
	kc[1] = 0x2ff;
	io(EVIOCSKEYCODE, kc);
	io(EVIOCSKEYCODE_V2, &ke);
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		fe.type = types[i];
		fe.u.periodic.waveform = FF_SINE;
		fe.u.periodic.period = 10;
		fe.u.periodic.magnitude = -2;
		io(EVIOCSFF, &fe);
	}
	io_val(EVIOCSFF, 1);
	io_val(EVIOCSKEYCODE, 0);
	io_val(EVIOCGID, 1);
}

static void gpio_v1(void)
{
	static struct gpiochip_info ci = { "chip0", "label\1", 8 };
	static struct gpioline_info li = {
		3, GPIOLINE_FLAG_KERNEL | GPIOLINE_FLAG_IS_OUT | 0x100, "name", "consumer"
	};
	static unsigned int off = 4;
	static struct gpiohandle_request hr = {
		{ 1, 2, 3 }, GPIOHANDLE_REQUEST_OUTPUT | GPIOHANDLE_REQUEST_ACTIVE_LOW | 0x1000,
		{ 1, 0, 1 }, "cons", 3, 9
	};
	static struct gpiohandle_config hc = { GPIOHANDLE_REQUEST_INPUT, { 1, 1 } };
	static struct gpiohandle_data hd = { { 1, 0, 1, 1 } };
	static struct gpioevent_request er = {
		5, GPIOHANDLE_REQUEST_INPUT, GPIOEVENT_REQUEST_BOTH_EDGES, "ev", 7
	};

	io(GPIO_GET_CHIPINFO_IOCTL, &ci);
	io(GPIO_GET_LINEINFO_IOCTL, &li);
	io(GPIO_GET_LINEINFO_WATCH_IOCTL, &li);
	io(GPIO_GET_LINEINFO_UNWATCH_IOCTL, &off);
	io(GPIO_GET_LINEHANDLE_IOCTL, &hr);
	hr.lines = 70;
	io(GPIO_GET_LINEHANDLE_IOCTL, &hr);
	hr.lines = 0;
	io(GPIO_GET_LINEHANDLE_IOCTL, &hr);
	io(GPIO_GET_LINEEVENT_IOCTL, &er);
	io(GPIOHANDLE_GET_LINE_VALUES_IOCTL, &hd);
	io(GPIOHANDLE_SET_LINE_VALUES_IOCTL, &hd);
	io(GPIOHANDLE_SET_CONFIG_IOCTL, &hc);
	io_val(GPIO_GET_CHIPINFO_IOCTL, 1);
	io_val(GPIO_GET_LINEHANDLE_IOCTL, 1);
}

static void gpio_v2(void)
{
	static struct gpio_v2_line_info l2 = {
		"n2", "c2", 4, 2, GPIO_V2_LINE_FLAG_INPUT | GPIO_V2_LINE_FLAG_EDGE_RISING,
		{ { GPIO_V2_LINE_ATTR_ID_DEBOUNCE, 0, { .debounce_period_us = 9 } } }
	};
	static struct gpio_v2_line_request r2 = {
		.offsets = { 1, 5 }, .consumer = "req",
		.config = { .flags = GPIO_V2_LINE_FLAG_OUTPUT, .num_attrs = 2, .attrs = {
			{ { GPIO_V2_LINE_ATTR_ID_FLAGS, 0,
			    { .flags = GPIO_V2_LINE_FLAG_ACTIVE_LOW } }, 3 },
			{ { GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES, 0, { .values = 1 } }, 1 } } },
		.num_lines = 2, .event_buffer_size = 16, .fd = 11
	};
	static struct gpio_v2_line_config lc = {
		.flags = GPIO_V2_LINE_FLAG_INPUT | 0x4000, .num_attrs = 12, .attrs = {
			{ { GPIO_V2_LINE_ATTR_ID_DEBOUNCE, 0, { .debounce_period_us = 500 } }, 1 },
			{ { 7, 0, { .flags = 0x1234 } }, 2 } }
	};
	static struct gpio_v2_line_values lv = { 5, 7 };

	io(GPIO_V2_GET_LINEINFO_IOCTL, &l2);
	io(GPIO_V2_GET_LINEINFO_WATCH_IOCTL, &l2);
	io(GPIO_V2_GET_LINE_IOCTL, &r2);
	r2.num_lines = 70;
	r2.config.num_attrs = 0;
	r2.event_buffer_size = 0;
	io(GPIO_V2_GET_LINE_IOCTL, &r2);
	io(GPIO_V2_LINE_SET_CONFIG_IOCTL, &lc);
	io(GPIO_V2_LINE_GET_VALUES_IOCTL, &lv);
	io(GPIO_V2_LINE_SET_VALUES_IOCTL, &lv);
	io_val(GPIO_V2_GET_LINE_IOCTL, 1);
}

/* the bit-set requests: under -e inject=ioctl:retval=N strace reads N bytes of the set */
static void evdev_bits(void)
{
	static unsigned char bits[96] = { 0x0b, 0x01, 0, 0, 0x80, 0x7f, 0, 0, 0x11, 0x40 };

	for (unsigned type = 0; type <= EV_FF_STATUS; type++)
		io(EVIOCGBIT(type, sizeof(bits)), bits);
	io(EVIOCGBIT(0x1e, 8), bits);
	io(EVIOCGBIT(EV_KEY, 3), bits);
	io(EVIOCGKEY(sizeof(bits)), bits);
	io(EVIOCGLED(8), bits);
	io(EVIOCGSND(8), bits);
	io(EVIOCGSW(8), bits);
	io(EVIOCGPROP(8), bits);
	io(EVIOCGBIT(EV_KEY, 8), NULL);
	io(EVIOCGBIT(EV_PWR, 8), NULL);
}

static void hdio(void)
{
	static struct hd_geometry g = { 255, 63, 1023, 2048 };
	static unsigned char cmd[4 + 512] = { 0xec, 1, 2, 1 };
	static int three[3] = { 1, 2, 3 };
	static long v = 0x12;
	static const unsigned long gets[] = {
		HDIO_GET_UNMASKINTR, HDIO_GET_MULTCOUNT, HDIO_GET_QDMA, HDIO_GET_KEEPSETTINGS,
		HDIO_GET_32BIT, HDIO_GET_NOWERR, HDIO_GET_DMA, HDIO_GET_NICE, HDIO_GET_WCACHE,
		HDIO_GET_ACOUSTIC, HDIO_GET_ADDRESS, HDIO_GET_BUSSTATE
	};
	static const unsigned long sets[] = {
		HDIO_SET_32BIT, HDIO_SET_ACOUSTIC, HDIO_SET_ADDRESS, HDIO_SET_DMA,
		HDIO_SET_KEEPSETTINGS, HDIO_SET_MULTCOUNT, HDIO_SET_NOWERR, HDIO_SET_PIO_MODE,
		HDIO_SET_UNMASKINTR, HDIO_SET_WCACHE, HDIO_UNREGISTER_HWIF, HDIO_SET_QDMA,
		HDIO_SET_XFER, HDIO_TRISTATE_HWIF
	};
	static const unsigned long nices[] = { 0, 2, 0x12, 0x20, 0x22, 0x1f, 0x100000000UL };

	for (int i = 0; i < 512; i++)
		cmd[4 + i] = (unsigned char)i;
	io(HDIO_GETGEO, &g);
	for (size_t i = 0; i < sizeof(gets) / sizeof(gets[0]); i++)
		io(gets[i], &v);
	io(HDIO_GET_IDENTITY, cmd);
	io(HDIO_OBSOLETE_IDENTITY, cmd);
	io(HDIO_DRIVE_CMD, cmd);
	cmd[0] = 0x99;
	cmd[3] = 0;
	io(HDIO_DRIVE_CMD, cmd);
	io_val(HDIO_DRIVE_CMD, 0);
	io(HDIO_DRIVE_RESET, three);
	io(HDIO_SCAN_HWIF, three);
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++)
		io_val(sets[i], i == 0 ? -1UL : i);
	for (unsigned long b = 0; b < 4; b++)
		io_val(HDIO_SET_BUSSTATE, b);
	for (size_t i = 0; i < sizeof(nices) / sizeof(nices[0]); i++)
		io_val(HDIO_SET_NICE, nices[i]);
}

static void kd_values(void)
{
	static const unsigned long leds[] = { 0, 7, 9, 0x100000007UL, 0x40 };
	static const unsigned long kbleds[] = { 0, 0x75, 0x1ff, 0x100, 0x88 };
	static const unsigned long sounds[] = { 0, 1193, 1, -1UL };
	static const unsigned long tones[] = { 0, (100 << 16) | 1193, 1193, 0x10000 };
	static long v = 0x37;

	for (unsigned long m = 0; m < 5; m++)
		io_val(KDSETMODE, m);
	for (unsigned long m = 0; m < 6; m++)
		io_val(KDSKBMODE, m);
	for (unsigned long m = 2; m < 6; m++)
		io_val(KDSKBMETA, m);
	for (size_t i = 0; i < sizeof(leds) / sizeof(leds[0]); i++) {
		io_val(KDSETLED, leds[i]);
		io_val(KDSKBLED, kbleds[i]);
	}
	for (size_t i = 0; i < sizeof(sounds) / sizeof(sounds[0]); i++) {
		io_val(KIOCSOUND, sounds[i]);
		io_val(KDMKTONE, tones[i]);
	}
	io_val(KDSIGACCEPT, 10);
	io_val(KDSIGACCEPT, 1000);
	io_val(KDADDIO, 0x3c0);
	io_val(KDDELIO, 0x3c0);
	io_val(KDADDIO, 0x100);
	io(KDGETMODE, &v);
	io(KDGKBMODE, &v);
	io(KDGKBMETA, &v);
	io(KDGKBTYPE, &v);
	io(KDGETLED, &v);
	io(KDGKBLED, &v);
}

static void kd_structs(void)
{
	static struct kbkeycode kk = { 1, 2 };	/* not KDGETKEYCODE: 6.1 adds " => 0x2" */
	static struct kbd_repeat kr = { 250, 33 };
	static struct unimapinit ui = { 1, 2, 3 };
	static struct consolefontdesc cf = { 2, 16, (char *)buf };
	static struct unipair up[3] = { { 0x41, 1 }, { 0x42, 2 }, { 0x43, 3 } };
	static struct unimapdesc ud = { 3, up };
	static struct console_font_op fo = { KD_FONT_OP_GET, 1, 9, 16, 2, buf };
	static const unsigned ops[] = { KD_FONT_OP_GET, KD_FONT_OP_SET, KD_FONT_OP_SET_DEFAULT,
					KD_FONT_OP_COPY, 7 };

	io(KDSETKEYCODE, &kk);
	io(KDKBDREP, &kr);
	io(PIO_UNIMAPCLR, &ui);
	io(PIO_FONTX, &cf);
	io(GIO_FONTX, &cf);
	io(PIO_UNIMAP, &ud);
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		fo.op = ops[i];
		io(KDFONTOP, &fo);
	}
	io(PIO_CMAP, buf);
	io(GIO_CMAP, buf);
	io(PIO_SCRNMAP, buf);
	io(GIO_SCRNMAP, buf);
	io(PIO_UNISCRNMAP, buf);
	io(GIO_UNISCRNMAP, buf);
	io(PIO_FONT, buf);
	io(GIO_FONT, buf);
	io_val(KDKBDREP, 1);
	io_val(GIO_FONTX, 1);
}

/* PTP clocks; PTP_CLOCK_GETCAPS and PTP_SYS_OFFSET_EXTENDED print what 6.1 did not
 * (max_phase_adj, clockid): they are fam_ioctl72's */
/* reserved fields that are not 0, shown where the request checks them; a phase, a duty
 * cycle's on time */
static void ptp_reserved(void)
{
	static struct ptp_extts_request er = { 1, PTP_ENABLE_FEATURE, { 7, 0 } };
	static struct ptp_perout_request pr = {
		.phase = { 1, 2, 3 }, .period = { 4, 5, 6 }, .index = 7,
		.flags = PTP_PEROUT_PHASE, .rsv = { 0, 8, 0, 9 }
	};
	static struct ptp_pin_desc pd = { "p", 1, PTP_PF_EXTTS, 2, { 0, 0, 0, 0, 5 } };
	static struct ptp_sys_offset so = { 1, { 0, 6, 0 } };
	static struct ptp_sys_offset_precise sp = { { 1, 2, 3 }, { 4, 5, 0 }, { 7, 8, 9 },
		{ 0, 0, 0, 4 } };

	so.ts[0].reserved = 10;
	so.ts[2].reserved = 11;
	io(PTP_EXTTS_REQUEST, &er);
	io(PTP_EXTTS_REQUEST2, &er);
	io(PTP_PEROUT_REQUEST, &pr);
	io(PTP_PEROUT_REQUEST2, &pr);
	pr.flags = PTP_PEROUT_DUTY_CYCLE;
	pr.on = (struct ptp_clock_time){ 3, 4, 5 };
	io(PTP_PEROUT_REQUEST2, &pr);
	pr.flags |= PTP_PEROUT_PHASE;
	io(PTP_PEROUT_REQUEST, &pr);
	io(PTP_SYS_OFFSET, &so);
	io(PTP_SYS_OFFSET2, &so);
	io(PTP_SYS_OFFSET_PRECISE, &sp);
	io(PTP_SYS_OFFSET_PRECISE2, &sp);
	io(PTP_PIN_GETFUNC, &pd);
	io(PTP_PIN_GETFUNC2, &pd);
	io(PTP_PIN_SETFUNC, &pd);
	io(PTP_PIN_SETFUNC2, &pd);
}

static void ptp(void)
{
	static struct ptp_extts_request er = {
		2, PTP_ENABLE_FEATURE | PTP_RISING_EDGE | 0x100, { 0 }
	};
	static struct ptp_perout_request pr = {
		.start = { 1, 2 }, .period = { 3, 4 }, .index = 5,
		.flags = PTP_PEROUT_ONE_SHOT | 0x80
	};
	static struct ptp_pin_desc pd = { "pin", 3, PTP_PF_PEROUT, 4, { 0 } };
	static struct ptp_sys_offset so = { 3 };

	io(PTP_EXTTS_REQUEST, &er);
	io(PTP_EXTTS_REQUEST2, &er);
	io(PTP_PEROUT_REQUEST, &pr);
	io(PTP_PEROUT_REQUEST2, &pr);
	io_val(PTP_ENABLE_PPS, 1);
	io_val(PTP_ENABLE_PPS2, 0);
	io(PTP_SYS_OFFSET, &so);
	io(PTP_SYS_OFFSET2, &so);
	io(PTP_PIN_GETFUNC, &pd);
	io(PTP_PIN_GETFUNC2, &pd);
	io(PTP_PIN_SETFUNC, &pd);
	pd.func = 9;
	io(PTP_PIN_SETFUNC2, &pd);
	io(PTP_SYS_OFFSET_PRECISE, buf);
	io(PTP_SYS_OFFSET_PRECISE2, buf);
	io_val(PTP_EXTTS_REQUEST, 1);
	io_val(PTP_SYS_OFFSET, 1);
	ptp_reserved();
}

static void btrfs(void)
{
	static struct btrfs_ioctl_vol_args va = { 3, "sub\001vol" };
	static struct btrfs_ioctl_vol_args_v2 v2 = {
		.fd = 4, .flags = BTRFS_SUBVOL_RDONLY | BTRFS_SUBVOL_QGROUP_INHERIT | 0x1000,
		.name = "snap"
	};
	static unsigned long long u = 5, fl = BTRFS_SUBVOL_RDONLY;
	static struct btrfs_ioctl_qgroup_assign_args qa = { 1, 2, 3 };
	static struct btrfs_ioctl_qgroup_create_args qc = { 1, 7 };
	static struct btrfs_ioctl_quota_ctl_args qt = { BTRFS_QUOTA_CTL_ENABLE, 0 };
	static struct btrfs_ioctl_quota_rescan_args qr = { 1, 2 };
	static const unsigned long vols[] = {
		BTRFS_IOC_ADD_DEV, BTRFS_IOC_RM_DEV, BTRFS_IOC_SNAP_CREATE, BTRFS_IOC_SNAP_DESTROY,
		BTRFS_IOC_RESIZE, BTRFS_IOC_SCAN_DEV, BTRFS_IOC_FORGET_DEV, BTRFS_IOC_DEVICES_READY,
		BTRFS_IOC_SUBVOL_CREATE
	};

	for (size_t i = 0; i < sizeof(vols) / sizeof(vols[0]); i++)
		io(vols[i], &va);
	memset(va.name, 'a', sizeof(va.name));
	io(BTRFS_IOC_ADD_DEV, &va);
	io(BTRFS_IOC_SNAP_CREATE_V2, &v2);
	io(BTRFS_IOC_SUBVOL_CREATE_V2, &v2);
	io(BTRFS_IOC_DEFAULT_SUBVOL, &u);
	io(BTRFS_IOC_WAIT_SYNC, &u);
	io_val(BTRFS_IOC_WAIT_SYNC, 0);
	io(BTRFS_IOC_START_SYNC, &u);
	io(BTRFS_IOC_SUBVOL_SETFLAGS, &fl);
	fl = 0x1f;
	io(BTRFS_IOC_SUBVOL_SETFLAGS, &fl);
	fl = 0x100;
	io(BTRFS_IOC_SUBVOL_GETFLAGS, &fl);
	io(BTRFS_IOC_QGROUP_ASSIGN, &qa);
	io(BTRFS_IOC_QGROUP_CREATE, &qc);
	for (unsigned long long c = 1; c <= 5; c++) {
		qt.cmd = c;
		io(BTRFS_IOC_QUOTA_CTL, &qt);
	}
	io(BTRFS_IOC_QUOTA_RESCAN, &qr);
	for (unsigned long c = 0; c <= 3; c++)
		io_val(BTRFS_IOC_BALANCE_CTL, c);
	io_val(BTRFS_IOC_SNAP_CREATE_V2, 1);
}

/* struct v4l2_format of each buffer type, filled so that every field shows */
static void v4l2_formats(void)
{
	static struct v4l2_format f;
	static struct v4l2_clip clips[2] = { { { -1, 2, 3, 4 }, NULL }, { { 5, 6, 7, 8 }, NULL } };

	for (unsigned type = 0; type <= 15; type++) {
		memset(&f, 0, sizeof(f));
		f.type = type;
		switch (type) {
		case V4L2_BUF_TYPE_VIDEO_CAPTURE:
		case V4L2_BUF_TYPE_VIDEO_OUTPUT:
			f.fmt.pix = (struct v4l2_pix_format){ 640, 480, V4L2_PIX_FMT_YUYV,
				V4L2_FIELD_INTERLACED, 1280, 614400, V4L2_COLORSPACE_SRGB };
			break;
		case V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE:
		case V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE:
			f.fmt.pix_mp.width = 320;
			f.fmt.pix_mp.height = 240;
			f.fmt.pix_mp.pixelformat = V4L2_PIX_FMT_NV12;
			f.fmt.pix_mp.field = 0x77;
			f.fmt.pix_mp.colorspace = V4L2_COLORSPACE_REC709;
			f.fmt.pix_mp.num_planes = type == V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE ? 9 : 2;
			f.fmt.pix_mp.plane_fmt[0].sizeimage = 76800;
			f.fmt.pix_mp.plane_fmt[0].bytesperline = 320;
			f.fmt.pix_mp.plane_fmt[1].sizeimage = 38400;
			break;
		case V4L2_BUF_TYPE_VIDEO_OVERLAY:
		case V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY:
			f.fmt.win.w = (struct v4l2_rect){ -10, 20, 30, 40 };
			f.fmt.win.field = V4L2_FIELD_TOP;
			f.fmt.win.chromakey = 0xff00;
			f.fmt.win.clips = type == V4L2_BUF_TYPE_VIDEO_OVERLAY ? clips : NULL;
			f.fmt.win.clipcount = 2;
			f.fmt.win.global_alpha = 0x80;
			break;
		case V4L2_BUF_TYPE_VBI_CAPTURE:
		case V4L2_BUF_TYPE_VBI_OUTPUT:
			f.fmt.vbi = (struct v4l2_vbi_format){ 27000000, 244, 1440, V4L2_PIX_FMT_GREY,
				{ -6, 318 }, { 17, 17 }, V4L2_VBI_INTERLACED | 0x10 };
			break;
		case V4L2_BUF_TYPE_SLICED_VBI_CAPTURE:
		case V4L2_BUF_TYPE_SLICED_VBI_OUTPUT:
			f.fmt.sliced.service_set = V4L2_SLICED_VBI_625 | 0x2;
			f.fmt.sliced.service_lines[0][6] = V4L2_SLICED_WSS_625;
			f.fmt.sliced.service_lines[1][23] = 0xffff;
			f.fmt.sliced.io_size = 42;
			break;
		case V4L2_BUF_TYPE_SDR_CAPTURE:
		case V4L2_BUF_TYPE_SDR_OUTPUT:
			f.fmt.sdr.pixelformat = V4L2_SDR_FMT_CU8;
			f.fmt.sdr.buffersize = 65536;
			break;
		case V4L2_BUF_TYPE_META_CAPTURE:
		case V4L2_BUF_TYPE_META_OUTPUT:
			f.fmt.meta.dataformat = v4l2_fourcc('\'', '\\', 0x7f, 'a');
			f.fmt.meta.buffersize = 4096;
			break;
		}
		io(VIDIOC_G_FMT, &f);
		io(VIDIOC_S_FMT, &f);
		io(VIDIOC_TRY_FMT, &f);
	}
	io_val(VIDIOC_G_FMT, 0);
	io_val(VIDIOC_S_FMT, 1);
}

/* the requests with a structure of their own, each field set */
static void v4l2_structs(void)
{
	static struct v4l2_capability cap = {
		"uvcvideo", "Camera\n", "usb-0000:00:14.0-1", 0x060103,
		V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING | V4L2_CAP_DEVICE_CAPS,
		V4L2_CAP_VIDEO_CAPTURE | 0x40000000, { 0 }
	};
	static struct v4l2_fmtdesc fd = { 1, V4L2_BUF_TYPE_VIDEO_CAPTURE, 0x3,
		"Motion-JPEG", V4L2_PIX_FMT_MJPEG, 0, { 0 } };
	static struct v4l2_streamparm sp;
	static struct v4l2_queryctrl qc = { V4L2_CID_BRIGHTNESS, V4L2_CTRL_TYPE_INTEGER,
		"Brightness", -64, 64, 1, 0, V4L2_CTRL_FLAG_SLIDER, { 0, 7 } };
	static struct v4l2_query_ext_ctrl qe = { V4L2_CID_CONTRAST, V4L2_CTRL_TYPE_U8, "Contrast",
		-1, 255, 1, 32, 0, 1, 6, 2, { 2, 3, 4, 5 }, { 0 } };
	static struct v4l2_control ctrl = { V4L2_CID_SATURATION, -3 };
	static struct v4l2_ext_control ecs[3] = {
		{ .id = V4L2_CID_HUE, .size = 0, .value64 = -5 },
		{ .id = 0x12345, .size = 6, .string = "ab\n\0cd" },
		{ .id = V4L2_CID_GAIN, .size = 0, .value = 9 },
	};
	static struct v4l2_ext_controls ec = { .ctrl_class = V4L2_CTRL_CLASS_USER, .count = 3,
		.error_idx = 2, .controls = ecs };
	static struct v4l2_standard st = { 2, V4L2_STD_PAL, "PAL", { 1, 25 }, 625, { 0 } };
	static v4l2_std_id std = V4L2_STD_NTSC;
	static struct v4l2_cropcap cc = { V4L2_BUF_TYPE_VIDEO_CAPTURE, { 0, 0, 720, 576 },
		{ -8, 8, 704, 560 }, { 54, 59 } };
	static struct v4l2_crop cr = { V4L2_BUF_TYPE_VIDEO_OUTPUT, { -1, 2, 3, 4 } };
	static struct v4l2_frmsizeenum fs = { 0, V4L2_PIX_FMT_YUYV, 0, { { 0 } }, { 0 } };
	static struct v4l2_frmivalenum fi = { 3, V4L2_PIX_FMT_MJPEG, 640, 480, 0, { { 0 } },
		{ 0 } };
	static struct v4l2_framebuffer fb = { 0x12, 0x34, NULL, { 0 } };
	static struct v4l2_tuner tu = { 1, "Television", V4L2_TUNER_ANALOG_TV,
		V4L2_TUNER_CAP_NORM | V4L2_TUNER_CAP_STEREO, 44, 958, V4L2_TUNER_SUB_STEREO,
		V4L2_TUNER_MODE_LANG1, -1, -2, { 0 } };

	io(VIDIOC_QUERYCAP, &cap);
	io(VIDIOC_ENUM_FMT, &fd);
	sp.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	sp.parm.capture = (struct v4l2_captureparm){ V4L2_CAP_TIMEPERFRAME, V4L2_MODE_HIGHQUALITY,
		{ 1, 30 }, 0x10, 4, { 0 } };
	io(VIDIOC_G_PARM, &sp);
	io(VIDIOC_S_PARM, &sp);
	sp.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
	sp.parm.output.outputmode = 3;
	io(VIDIOC_S_PARM, &sp);
	sp.type = V4L2_BUF_TYPE_VIDEO_OVERLAY;
	io(VIDIOC_S_PARM, &sp);
	io(VIDIOC_QUERYCTRL, &qc);
	qc.id = V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CID_CONTRAST;
	io(VIDIOC_QUERYCTRL, &qc);
	qc.id = V4L2_CTRL_CLASS_USER + 0x1000;
	io(VIDIOC_QUERYCTRL, &qc);
	qc.id = 0x05000000;
	io(VIDIOC_QUERYCTRL, &qc);
	io(VIDIOC_QUERY_EXT_CTRL, &qe);
	io(VIDIOC_G_CTRL, &ctrl);
	io(VIDIOC_S_CTRL, &ctrl);
	ctrl.id = V4L2_CID_CAMERA_CLASS_BASE;
	io(VIDIOC_S_CTRL, &ctrl);
	io(VIDIOC_G_EXT_CTRLS, &ec);
	io(VIDIOC_S_EXT_CTRLS, &ec);
	io(VIDIOC_TRY_EXT_CTRLS, &ec);
	ec.count = 0;
	io(VIDIOC_S_EXT_CTRLS, &ec);
	ec.count = 2;
	ec.ctrl_class = 0x0f000000;
	ec.controls = NULL;
	io(VIDIOC_G_EXT_CTRLS, &ec);
	io(VIDIOC_S_EXT_CTRLS, &ec);	/* no controls to show again at exit */
	ec.controls = (void *)8;
	io(VIDIOC_G_EXT_CTRLS, &ec);
	io(VIDIOC_TRY_EXT_CTRLS, &ec);
	io(VIDIOC_ENUMSTD, &st);
	io(VIDIOC_G_STD, &std);
	io(VIDIOC_S_STD, &std);
	io(VIDIOC_CROPCAP, &cc);
	io(VIDIOC_G_CROP, &cr);
	io(VIDIOC_S_CROP, &cr);
	for (fs.type = 0; fs.type <= 4; fs.type++) {
		fs.stepwise = (struct v4l2_frmsize_stepwise){ 16, 1920, 8, 16, 1080, 8 };
		io(VIDIOC_ENUM_FRAMESIZES, &fs);
	}
	for (fi.type = 0; fi.type <= 4; fi.type++) {
		fi.stepwise = (struct v4l2_frmival_stepwise){ { 1, 60 }, { 1, 5 }, { 1, 120 } };
		io(VIDIOC_ENUM_FRAMEINTERVALS, &fi);
	}
	io(VIDIOC_G_FBUF, &fb);
	io(VIDIOC_S_FBUF, &fb);
	io(VIDIOC_G_TUNER, &tu);
	io(VIDIOC_S_TUNER, &tu);
}

/* buffers: each memory kind, the flags' timestamp fields, a dequeued buffer's time */
static void v4l2_buffers(void)
{
	static const uint32_t flags[] = {
		0, V4L2_BUF_FLAG_MAPPED | V4L2_BUF_FLAG_QUEUED,
		V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC | V4L2_BUF_FLAG_TSTAMP_SRC_SOE | V4L2_BUF_FLAG_LAST,
		V4L2_BUF_FLAG_TIMESTAMP_COPY | 0x20000, 0x80000000 | 0x6000 | 0x70000,
	};
	static struct v4l2_buffer b = { .index = 2, .type = V4L2_BUF_TYPE_VIDEO_CAPTURE,
		.bytesused = 4096, .field = V4L2_FIELD_NONE, .timestamp = { 12, 345678 },
		.sequence = 9, .length = 614400 };
	static struct v4l2_create_buffers cb = { .index = 1, .count = 4,
		.memory = V4L2_MEMORY_MMAP };

	for (unsigned i = 0; i < 5; i++) {
		b.flags = flags[i];
		b.memory = i;
		b.m.userptr = i == V4L2_MEMORY_USERPTR ? 0x7000 : 0x1000;
		io(VIDIOC_QUERYBUF, &b);
		io(VIDIOC_QBUF, &b);
		io(VIDIOC_DQBUF, &b);
	}
	cb.format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	cb.format.fmt.pix.pixelformat = V4L2_PIX_FMT_YUYV;
	cb.format.fmt.pix.width = 8;
	io(VIDIOC_CREATE_BUFS, &cb);
	cb.format.type = 0;
	io(VIDIOC_CREATE_BUFS, &cb);
	io_val(VIDIOC_QBUF, 0);
}

static void v4l2(void)
{
	static int type, input = 3;
	static struct v4l2_requestbuffers rb = {
		.count = 4, .type = V4L2_BUF_TYPE_VIDEO_CAPTURE, .memory = V4L2_MEMORY_MMAP
	};

	for (type = 0; type <= 15; type++)
		io(VIDIOC_STREAMON, &type);
	type = 0x80;
	io(VIDIOC_STREAMOFF, &type);
	io(VIDIOC_S_INPUT, &input);
	io(VIDIOC_G_INPUT, &input);
	io(VIDIOC_REQBUFS, &rb);
	rb.memory = 5;
	rb.type = 0x20;
	io(VIDIOC_REQBUFS, &rb);
	io_val(VIDIOC_REQBUFS, 1);
	io_val(VIDIOC_STREAMON, 0);
	v4l2_formats();
	v4l2_structs();
	v4l2_buffers();
}

/* request names: a sample of the codes strace 7.2 names from the kernel headers, the
 * mixer's MIXER_READ(n)/MIXER_WRITE(n) whatever the size, and the names with a length */
static void names(void)
{
	static const unsigned long codes[] = {
		0x1269, 0x3310, 0x420a, 0x420e,
		0x4300, 0x4815, 0x4e40, 0x6701,
		0x6703, 0x6f01, 0x6f03, 0xa523,
		0xb680, 0x40043311, 0x40046915, 0x4007a504,
		0x40085112, 0x400c6303, 0x40104d01, 0x40104d04,
		0x40106308, 0x40106f86, 0x401c6190, 0x401c6302,
		0x40244314, 0x40246f4c, 0x40304e42, 0x404c4701,
		0x40844312, 0x408c5333, 0x40946400, 0x411870df,
		0x412070ea, 0x8002a52a, 0x80044208, 0x80044209,
		0x80044300, 0x8004b647, 0x8004f302, 0x80083314,
		0x80084843, 0x80086c41, 0x80086ef8, 0x800c5011,
		0x80144320, 0x801c4321, 0x8020640d, 0x8020ca16,
		0x811cf301, 0xc0045041, 0xc0045202, 0xc0046302,
		0xc0086f3c, 0xc0182315, 0xc0207301, 0xc0306906,
		0xc030ce02, 0xc0504e48, 0xc0604212, 0xc0bc5351,
	};
	static int v;

	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		io_val(codes[i], 0);
	io(_IOC(_IOC_WRITE, 'M', 0, 4), &v);		/* MIXER_WRITE(0) */
	io(_IOC(_IOC_WRITE, 'M', 14, 7), &v);		/* MIXER_WRITE(14), another size */
	io(_IOC(_IOC_READ, 'M', 101, 92), &v);		/* MIXER_READ(101) or SOUND_MIXER_INFO */
	io(_IOC(_IOC_READ, 'M', 0, 1), &v);		/* MIXER_READ(0) or MFB_GET_ALPHA */
	io(_IOC(_IOC_READ | _IOC_WRITE, 'M', 0x67, 4), &v);	/* SOUND_MIXER_AGC */
	/* NULL: under -v strace 7.2 would dump these types' arguments, which 6.1 cannot show */
	io(_IOC(_IOC_READ, 'H', 0x04, 0), NULL);	/* HIDIOCGRAWNAME(0) */
	io(_IOC(_IOC_READ, 'H', 0x04, 0x3fff), NULL);
	io(_IOC(_IOC_READ | _IOC_WRITE, 'H', 0x04, 8), NULL);	/* no name */
	io(_IOC(_IOC_WRITE, 'k', 0, 64), NULL);		/* SPI_IOC_MESSAGE(64) */
	io(_IOC(_IOC_READ, 'j', 0x13, 5), NULL);	/* JSIOCGNAME(5) */
	io(_IOC(_IOC_READ, 'E', 0x40, 8), &v);		/* EVIOCGABS(ABS_X), too short to show */
	io(_IOC(_IOC_WRITE, 'E', 0xc1, 8), NULL);	/* EVIOCSABS(ABS_Y) */
	io(_IOC(_IOC_READ, 'E', 0x40, 40), buf);	/* longer than struct input_absinfo */
	for (unsigned long cap = 0; cap <= 3; cap++)
		io_val(0xae03, cap);			/* KVM_CHECK_EXTENSION, KVM_CAP_... */
	io_val(0xae03, 0x100000003);
	io_val(0x4d13, 3);				/* MTDFILEMODE, MTD_FILE_MODE_RAW */
	io_val(0x4d13, 7);
}

/* the keymap requests; not KT_CSI values, which 6.1 did not name */
static void kd_keymap(void)
{
	static const unsigned short values[] = {
		0, 0x41, 0x27, 0x5c, 0x9, 0x7f, 0xff, 0x100, 0x114, 0x1ff, 0x200, 0x301, 0x400,
		0x500, 0x600, 0x700, 0x800, 0x914, 0xa00, 0xb00, 0xc00, 0xd00, 0xe00, 0x1000, 0xfb41
	};
	static const unsigned char tables[] = { 0, 1, 2, 3, 4, 5, 0x40, 0xff };
	static struct kbentry ke;
	static struct kbsentry ks = { 0, "hello\n" };
	static struct kbdiacrs kd = { 2, { { 'a', 'b', 'c' }, { 1, '\'', 0xff } } };
	static struct kbdiacrsuc ku = { 2, { { 0x41, 0x42, 0x43 }, { 1, 2, 0x1234 } } };

	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		ke.kb_table = tables[i % sizeof(tables)];
		ke.kb_index = i;
		ke.kb_value = values[i];
		io(KDSKBENT, &ke);
	}
	io(KDGKBENT, &ke);
	for (unsigned f = 0; f < 256; f += 50) {
		ks.kb_func = f;
		io(KDSKBSENT, &ks);
	}
	io(KDGKBSENT, &ks);
	io(KDSKBDIACR, &kd);
	io(KDGKBDIACR, &kd);
	io(KDSKBDIACRUC, &ku);
	io(KDGKBDIACRUC, &ku);
}

int main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : "";

	nul = open("/dev/null", O_RDONLY);
	if (!*only || !strcmp(only, "fs"))
		fs();
	if (!*only || !strcmp(only, "input"))
		input();
	if (!*only || !strcmp(only, "evbits"))
		evdev_bits();
	if (!*only || !strcmp(only, "names"))
		names();
	if (!*only || !strcmp(only, "hdio"))
		hdio();
	if (!*only || !strcmp(only, "kd")) {
		memcpy(buf, "abc\001\377", 5);
		kd_values();
		kd_structs();
		kd_keymap();
	}
	if (!*only || !strcmp(only, "ptp"))
		ptp();
	if (!*only || !strcmp(only, "btrfs"))
		btrfs();
	if (!*only || !strcmp(only, "v4l2"))
		v4l2();
	if (!*only || !strcmp(only, "gpio")) {
		gpio_v1();
		gpio_v2();
	}
	return 0;
}
