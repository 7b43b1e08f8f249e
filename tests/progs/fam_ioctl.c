/*
 * fam_ioctl.c: ioctl requests real programs issue, for comparing strc with strace:
 * terminal requests on a pseudo-terminal, SIOC* requests on a socket, FS_IOC_* and the
 * block and loop requests on a file (they fail there, their arguments print all the same),
 * and requests strace has no name for. Every call is a raw syscall. With an argument
 * (terminal, sockets, files, misc) only that part runs.
 */

#include <fcntl.h>
#include <linux/btrfs.h>
#include <linux/cdrom.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/hdreg.h>
#include <linux/if_tun.h>
#include <linux/input.h>
#include <linux/kd.h>
#include <linux/kvm.h>
#include <linux/loop.h>
#include <linux/nsfs.h>
#include <linux/perf_event.h>
#include <linux/random.h>
#include <linux/rtc.h>
#include <linux/sockios.h>
#include <linux/userfaultfd.h>
#include <linux/videodev2.h>
#include <linux/vt.h>
#include <linux/watchdog.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

#define BAD 1UL

static long io(int fd, unsigned long req, unsigned long arg)
{
	return syscall(SYS_ioctl, fd, req, arg);
}

static void terminal(void)
{
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	int n, s, pgrp, v = 0;
	struct termios tio;
	unsigned char t2[44];
	struct winsize ws = { 24, 80, 0, 0 };

	io(m, TIOCSPTLCK, (unsigned long)&v);
	io(m, TIOCGPTN, (unsigned long)&n);
	io(m, TIOCGPTLCK, (unsigned long)&v);
	s = open(ptsname(m), O_RDWR | O_NOCTTY);
	io(s, TCGETS, (unsigned long)&tio);
	io(s, TCSETS, (unsigned long)&tio);
	io(s, TCSETSW, (unsigned long)&tio);
	io(s, TCSETSF, (unsigned long)&tio);
	io(s, TCGETS, BAD);
	io(s, TCSETS, BAD);
	io(s, TIOCSWINSZ, (unsigned long)&ws);
	io(s, TIOCGWINSZ, (unsigned long)&ws);
	io(s, TIOCGWINSZ, BAD);
	io(s, TIOCGPGRP, (unsigned long)&pgrp);
	io(s, TIOCSPGRP, (unsigned long)&pgrp);
	io(s, TIOCGSID, (unsigned long)&pgrp);
	io(s, TIOCOUTQ, (unsigned long)&v);
	io(s, FIONREAD, (unsigned long)&v);
	io(s, FIONREAD, BAD);
	io(s, TIOCINQ, (unsigned long)&v);
	io(s, TIOCEXCL, 0);
	io(s, TIOCGEXCL, (unsigned long)&v);
	io(s, TIOCNXCL, 0);
	io(s, TCFLSH, TCIFLUSH);
	io(s, TCFLSH, TCIOFLUSH);
	io(s, TCFLSH, 7);
	io(s, TCXONC, TCOON);
	io(s, TCXONC, TCOOFF);
	io(s, TCXONC, 9);
	io(s, TCSBRK, 1);
	io(s, TCSBRK, 0);
	io(s, TCSBRKP, 0);
	io(s, TIOCSBRK, 0);
	io(s, TIOCCBRK, 0);
	io(s, TIOCGETD, (unsigned long)&v);
	io(s, TIOCSETD, (unsigned long)&v);
	io(s, TIOCMGET, (unsigned long)&v);
	io(s, TIOCMBIS, (unsigned long)&v);
	io(s, TIOCGSERIAL, (unsigned long)&v);
	io(s, TIOCSCTTY, 0);
	io(s, TIOCNOTTY, 0);
	io(s, TIOCSTI, (unsigned long)"x");
	io(s, TIOCGPTPEER, O_RDWR);
	io(m, TIOCPKT, (unsigned long)&v);
	io(m, TIOCGPKT, (unsigned long)&v);
	io(s, TIOCVHANGUP, 0);
	io(s, TCGETA, (unsigned long)&tio);
	io(s, 0x802c542a, (unsigned long)&t2);	/* TCGETS2: struct termios2 clashes with termios.h */
	io(s, 0x402c542b, (unsigned long)&t2);	/* TCSETS2 */
	io(s, 0x402c542c, BAD);			/* TCSETSW2 */
	io(s, TCSETA, (unsigned long)&tio);
	io(s, TIOCGLCKTRMIOS, (unsigned long)&tio);
	io(s, TIOCSLCKTRMIOS, (unsigned long)&tio);
	v = TIOCM_DTR | TIOCM_RTS | 0x10000;
	io(s, TIOCMBIC, (unsigned long)&v);
	io(s, TIOCMSET, (unsigned long)&v);
	io(s, FIONBIO, (unsigned long)&v);
	io(s, FIOASYNC, (unsigned long)&v);
	io(s, FIOCLEX, 0);
	io(s, FIONCLEX, 0);
	close(s);
	close(m);
}

static void ifreq_calls(int fd)
{
	struct ifreq ifr;
	struct ifconf ifc;
	char buf[1024];

	memset(&ifr, 0, sizeof(ifr));
	strcpy(ifr.ifr_name, "lo");
	io(fd, SIOCGIFINDEX, (unsigned long)&ifr);
	io(fd, SIOCGIFNAME, (unsigned long)&ifr);
	io(fd, SIOCGIFFLAGS, (unsigned long)&ifr);
	io(fd, SIOCSIFFLAGS, (unsigned long)&ifr);
	io(fd, SIOCGIFMTU, (unsigned long)&ifr);
	io(fd, SIOCGIFTXQLEN, (unsigned long)&ifr);
	io(fd, SIOCGIFHWADDR, (unsigned long)&ifr);
	io(fd, SIOCGIFADDR, (unsigned long)&ifr);
	io(fd, SIOCGIFNETMASK, (unsigned long)&ifr);
	io(fd, SIOCGIFBRDADDR, (unsigned long)&ifr);
	io(fd, SIOCGIFDSTADDR, (unsigned long)&ifr);
	io(fd, SIOCGIFMETRIC, (unsigned long)&ifr);
	io(fd, SIOCGIFMAP, (unsigned long)&ifr);
	strcpy(ifr.ifr_name, "nosuchif0");
	io(fd, SIOCGIFINDEX, (unsigned long)&ifr);
	io(fd, SIOCGIFFLAGS, (unsigned long)&ifr);
	io(fd, SIOCGIFMTU, (unsigned long)&ifr);
	io(fd, SIOCGIFHWADDR, (unsigned long)&ifr);
	ifr.ifr_ifindex = 999;
	io(fd, SIOCGIFNAME, (unsigned long)&ifr);
	io(fd, SIOCGIFINDEX, BAD);
	io(fd, SIOCETHTOOL, (unsigned long)&ifr);

	ifc.ifc_len = sizeof(buf);
	ifc.ifc_buf = buf;
	io(fd, SIOCGIFCONF, (unsigned long)&ifc);
	ifc.ifc_len = 0;
	ifc.ifc_buf = NULL;
	io(fd, SIOCGIFCONF, (unsigned long)&ifc);
	io(fd, SIOCGIFCONF, BAD);
}

static void sockets(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	int t = socket(AF_INET, SOCK_STREAM, 0);
	int v;
	struct timeval tv;

	ifreq_calls(fd);
	io(fd, SIOCOUTQ, (unsigned long)&v);
	io(fd, SIOCINQ, (unsigned long)&v);
	io(t, SIOCATMARK, (unsigned long)&v);
	io(fd, SIOCGSTAMP, (unsigned long)&tv);
	io(fd, FIOGETOWN, (unsigned long)&v);
	io(fd, SIOCGPGRP, (unsigned long)&v);
	io(fd, FIOSETOWN, (unsigned long)&v);
	io(fd, SIOCSPGRP, (unsigned long)&v);
	close(t);
	close(fd);
}

static void files(void)
{
	int fd = open("/tmp", O_RDWR | O_TMPFILE, 0600);
	int v = FS_NOATIME_FL | FS_APPEND_FL;
	long sz;
	unsigned long long u64;
	struct loop_info64 li;
	struct loop_config cfg;
	struct {
		struct fiemap fm;
		struct fiemap_extent ext[2];
	} fm;

	write(fd, "hello\n", 6);
	io(fd, FS_IOC_GETFLAGS, (unsigned long)&v);
	io(fd, FS_IOC_SETFLAGS, (unsigned long)&v);	/* what it has: no change */
	v = 0x7fffffff;
	io(fd, FS_IOC_SETFLAGS, (unsigned long)&v);
	io(fd, FS_IOC_GETFLAGS, BAD);
	io(fd, FS_IOC_GETVERSION, (unsigned long)&v);
	io(fd, FIGETBSZ, (unsigned long)&v);
	v = 0;
	io(fd, FIBMAP, (unsigned long)&v);
	io(fd, FS_IOC32_GETFLAGS, (unsigned long)&v);
	memset(&fm, 0, sizeof(fm));
	fm.fm.fm_length = ~0ULL;
	fm.fm.fm_flags = FIEMAP_FLAG_SYNC;
	/* no extents asked for (the physical blocks vary): strace shows as many as are mapped */
	memset(&fm, 0, sizeof(fm));
	fm.fm.fm_length = ~0ULL;
	fm.fm.fm_flags = 0x10;
	io(fd, FS_IOC_FIEMAP, (unsigned long)&fm);
	fm.fm.fm_flags = 0;
	io(fd, FS_IOC_FIEMAP, (unsigned long)&fm);
	io(fd, FS_IOC_FSGETXATTR, (unsigned long)&fm);
	io(fd, FICLONE, 0);

	io(fd, BLKGETSIZE64, (unsigned long)&u64);
	io(fd, BLKGETSIZE, (unsigned long)&sz);
	io(fd, BLKSSZGET, (unsigned long)&v);
	io(fd, BLKBSZGET, (unsigned long)&v);
	io(fd, BLKPBSZGET, (unsigned long)&v);
	io(fd, BLKROGET, (unsigned long)&v);
	io(fd, BLKRRPART, 0);
	io(fd, BLKFLSBUF, 0);
	io(fd, BLKRAGET, (unsigned long)&sz);
	io(fd, BLKDISCARD, (unsigned long)&fm);
	io(fd, BLKIOMIN, (unsigned long)&v);
	io(fd, BLKIOOPT, (unsigned long)&v);
	io(fd, BLKALIGNOFF, (unsigned long)&v);
	io(fd, BLKDISCARDZEROES, (unsigned long)&v);
	io(fd, BLKROTATIONAL, (unsigned long)&v);

	io(fd, BLKFRAGET, (unsigned long)&sz);
	io(fd, BLKSECTGET, (unsigned long)&v);
	v = 1;
	io(fd, BLKROSET, (unsigned long)&v);
	io(fd, BLKBSZSET, (unsigned long)&v);
	io(fd, BLKRASET, 256);

	io(fd, LOOP_GET_STATUS64, (unsigned long)&fm);
	memset(&li, 0, sizeof(li));
	li.lo_offset = 4096;
	li.lo_sizelimit = 1 << 20;
	li.lo_number = 7;
	li.lo_flags = LO_FLAGS_AUTOCLEAR | LO_FLAGS_PARTSCAN | 0x40;
	strcpy((char *)li.lo_file_name, "/tmp/disk\".img");
	strcpy((char *)li.lo_crypt_name, "none");
	li.lo_init[1] = 5;
	io(fd, LOOP_SET_STATUS64, (unsigned long)&li);
	io(fd, LOOP_SET_STATUS64, BAD);
	memset(&cfg, 0, sizeof(cfg));
	cfg.fd = 0;
	cfg.block_size = 512;
	cfg.info = li;
	io(fd, LOOP_CONFIGURE, (unsigned long)&cfg);
	io(fd, LOOP_CLR_FD, 0);
	io(fd, LOOP_SET_FD, 3);
	io(fd, LOOP_CHANGE_FD, 3);
	io(fd, LOOP_SET_BLOCK_SIZE, 512);
	io(fd, LOOP_SET_DIRECT_IO, 1);
	io(fd, LOOP_SET_CAPACITY, 0);
	close(fd);
	/* a loop number this far up is never in use: removing it fails the same each time
	 * (adding it would race with the same test running in parallel) */
	fd = open("/dev/loop-control", O_RDWR);
	if (fd >= 0) {
		io(fd, LOOP_CTL_REMOVE, 98765);
		close(fd);
	}
}

/* Requests of many device families on no file: their names, and how their argument
 * prints when strace does not decode it (none, a number, an address). */
static const unsigned long device_reqs[] = {
	KDGKBTYPE, KDGETMODE, KDSETLED, VT_OPENQRY, VT_GETSTATE, VT_ACTIVATE, RTC_RD_TIME,
	RTC_AIE_ON, RTC_UIE_OFF, RTC_IRQP_SET, NS_GET_USERNS, NS_GET_OWNER_UID,
	PERF_EVENT_IOC_ENABLE, PERF_EVENT_IOC_RESET, PERF_EVENT_IOC_ID, UFFDIO_API,
	UFFDIO_REGISTER, WDIOC_KEEPALIVE, WDIOC_GETTIMEOUT, EVIOCGVERSION, EVIOCGID,
	TUNSETIFF, TUNGETFEATURES, CDROMEJECT, CDROM_GET_CAPABILITY, HDIO_GETGEO,
	KVM_GET_API_VERSION, KVM_CREATE_VM, KVM_RUN, VIDIOC_QUERYCAP, VIDIOC_STREAMON,
	BTRFS_IOC_SYNC, BTRFS_IOC_SNAP_CREATE, FS_IOC_GET_ENCRYPTION_POLICY, 0x3b70, 0x3b75,
};

static void devices(void)
{
	for (size_t i = 0; i < sizeof(device_reqs) / sizeof(device_reqs[0]); i++)
		io(-1, device_reqs[i], 0);
}

static void misc(void)
{
	int fd = open("/dev/urandom", O_RDONLY);
	int v;

	io(fd, RNDGETENTCNT, (unsigned long)&v);
	io(fd, RNDADDTOENTCNT, (unsigned long)&v);
	close(fd);
	fd = open("/dev/null", O_RDONLY);
	io(fd, _IOC(_IOC_READ, 'Z', 0x99, 4), (unsigned long)&v);
	io(fd, _IOC(_IOC_WRITE, 0xab, 0x1, 0x3fff), 0);
	io(fd, _IOC(_IOC_READ | _IOC_WRITE, 0, 0, 8), 0);
	io(fd, _IOC(_IOC_NONE, 0, 0xff, 0), 0);
	io(fd, 0x1234, 0);
	io(fd, 0, 0);
	io(fd, 0xffffffff, 0);
	io(-1, TCGETS, 0);
	close(fd);
}

int main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : "";

	if (!*only || !strcmp(only, "terminal"))
		terminal();
	if (!*only || !strcmp(only, "sockets"))
		sockets();
	if (!*only || !strcmp(only, "files"))
		files();
	if (!*only || !strcmp(only, "misc")) {
		misc();
		devices();
	}
	return 0;
}
