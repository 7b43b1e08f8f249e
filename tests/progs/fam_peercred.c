/*
 * fam_peercred.c: the socket options that describe the peer or the socket itself
 * (SO_PEERCRED, SO_PEERSEC, SO_PEERGROUPS, SO_COOKIE, SO_PEERPIDFD, IP_PROTOCOL), with full,
 * short, zero and unreadable lengths, for comparing strc with strace. A socketpair gives
 * a peer without any network; the pid, uids and cookie vary, so tests mask them.
 */
#include <netinet/in.h>
#include <stdint.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SO_PEERPIDFD
#define SO_PEERPIDFD 77
#endif
#ifndef IP_PROTOCOL
#define IP_PROTOCOL 52
#endif

#define UNMAPPED ((void *)1)

static void peercred(int s)
{
	struct ucred cr;
	socklen_t len;

	len = sizeof(cr);
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 8;
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 2;
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 0;
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = sizeof(cr);
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, UNMAPPED, &len);
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cr, UNMAPPED);
	len = 20;
	getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cr, &len);
}

static void others(int s)
{
	char buf[64];
	uint64_t cookie;
	int fd, v;
	socklen_t len;

	len = sizeof(buf);
	getsockopt(s, SOL_SOCKET, SO_PEERSEC, buf, &len);
	len = sizeof(buf);
	getsockopt(s, SOL_SOCKET, SO_PEERGROUPS, buf, &len);
	len = 0;
	getsockopt(s, SOL_SOCKET, SO_PEERGROUPS, buf, &len);
	len = sizeof(cookie);
	getsockopt(s, SOL_SOCKET, SO_COOKIE, &cookie, &len);
	len = 4;
	getsockopt(s, SOL_SOCKET, SO_COOKIE, &cookie, &len);
	len = sizeof(fd);
	if (getsockopt(s, SOL_SOCKET, SO_PEERPIDFD, &fd, &len) == 0)
		close(fd);
	len = 2;
	getsockopt(s, SOL_SOCKET, SO_PEERPIDFD, &fd, &len);
	len = 2;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
	len = 0;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
	len = 8;
	getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len);
}

static void ip(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	int v;
	socklen_t len = sizeof(v);

	getsockopt(s, SOL_IP, IP_PROTOCOL, &v, &len);
	len = 2;
	getsockopt(s, SOL_IP, IP_PROTOCOL, &v, &len);
	close(s);
	s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	len = sizeof(v);
	getsockopt(s, SOL_IP, IP_PROTOCOL, &v, &len);
	close(s);
}

int main(void)
{
	int sv[2];

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	peercred(sv[0]);
	others(sv[0]);
	close(sv[0]);
	close(sv[1]);
	ip();
	return 0;
}
