/*
 * fam_ioctl2.c: ioctl requests of the newer families (pidfd, seccomp user notification,
 * filesystem identity, epoll busy-poll parameters), mostly on descriptors that refuse them,
 * so that the request names and input arguments show, for comparing strc with strace.
 */
#include <fcntl.h>
#include <linux/ioctl.h>
#include <stdint.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Request numbers as the kernel's uapi headers build them (newer than the build machine's). */
#define PIDFD_GET_INFO _IOWR(0xFF, 11, struct { uint64_t a[8]; })
#define SECCOMP_IOCTL_NOTIF_RECV _IOWR('!', 0, struct { uint64_t a[10]; })
#define SECCOMP_IOCTL_NOTIF_SEND _IOWR('!', 1, struct { uint64_t a[3]; })
#define SECCOMP_IOCTL_NOTIF_ID_VALID _IOW('!', 2, uint64_t)
#define SECCOMP_IOCTL_NOTIF_ADDFD _IOW('!', 3, struct { uint32_t a[6]; })
#define SECCOMP_IOCTL_NOTIF_SET_FLAGS _IOW('!', 4, uint64_t)
#define FS_IOC_GETFSUUID _IOR(0x15, 0, struct { uint8_t len; uint8_t uuid[16]; })
#define FS_IOC_GETFSSYSFSPATH _IOR(0x15, 1, struct { uint8_t len; uint8_t name[128]; })
struct epoll_params_ {
	uint32_t busy_poll_usecs;
	uint16_t busy_poll_budget;
	uint8_t prefer_busy_poll, pad;
};
#define EPIOCSPARAMS _IOW(0x8A, 0x01, struct epoll_params_)
#define EPIOCGPARAMS _IOR(0x8A, 0x02, struct epoll_params_)

int main(void)
{
	unsigned char buf[256];
	uint64_t id = 0x1234;
	int pidfd = syscall(SYS_pidfd_open, getpid(), 0);
	int ep = epoll_create1(0);
	int fd = open("/", O_RDONLY | O_DIRECTORY);

	memset(buf, 0, sizeof(buf));
	ioctl(pidfd, PIDFD_GET_INFO, buf);
	ioctl(pidfd, PIDFD_GET_INFO, (void *)1);
	ioctl(ep, SECCOMP_IOCTL_NOTIF_RECV, buf);
	ioctl(ep, SECCOMP_IOCTL_NOTIF_SEND, buf);
	ioctl(ep, SECCOMP_IOCTL_NOTIF_ID_VALID, &id);
	ioctl(ep, SECCOMP_IOCTL_NOTIF_ADDFD, buf);
	ioctl(ep, SECCOMP_IOCTL_NOTIF_SET_FLAGS, 1);
	ioctl(fd, FS_IOC_GETFSUUID, buf);
	ioctl(fd, FS_IOC_GETFSSYSFSPATH, buf);
	buf[0] = 0x40;
	buf[4] = 0x10;
	buf[6] = 1;
	ioctl(ep, EPIOCSPARAMS, buf);
	ioctl(ep, EPIOCGPARAMS, buf);
	ioctl(fd, EPIOCGPARAMS, buf);
	return 0;
}
