/*
 * fam_ioctl3.c: ioctl requests of the device and file families strace decodes (file ranges
 * and labels, evdev, gpio, hdio, kd, ptp, btrfs, v4l2), issued on /dev/null or a plain file:
 * the kernel refuses them, strace still names the request and shows what the caller passed.
 * Run under `-e inject=ioctl:retval=0` the same calls show what strace reads back at exit.
 * With an argument (fs, input, gpio, hdio, kd, ptp, btrfs, v4l2) only that part runs.
 * Every call is a raw syscall; the buffers are static, so their addresses and contents are
 * the same from run to run.
 */
#include <fcntl.h>
#include <linux/fs.h>
#include <linux/input.h>
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

int main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : "";

	nul = open("/dev/null", O_RDONLY);
	if (!*only || !strcmp(only, "fs"))
		fs();
	if (!*only || !strcmp(only, "input"))
		input();
	return 0;
}
