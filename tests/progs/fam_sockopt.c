/*
 * fam_sockopt.c: socket options whose values are structures (multicast requests, linger,
 * timeouts, filters) and the common integer ones, set and got, with errors; traced in
 * tests/integration/decode2.cmake.
 */
#include <arpa/inet.h>
#include <linux/filter.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define UNMAPPED ((void *)8)

static void ipv4(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct ip_mreq mr = { 0 };
	struct ip_mreqn mrn = { 0 };
	struct group_req gr = { 0 };
	struct sockaddr_in *sin = (struct sockaddr_in *)&gr.gr_group;
	struct in_addr ifa;
	int one = 1, val;
	socklen_t len;

	mr.imr_multiaddr.s_addr = inet_addr("224.0.0.251");
	mr.imr_interface.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, &mr, sizeof(mr));
	setsockopt(s, SOL_IP, IP_DROP_MEMBERSHIP, &mr, sizeof(mr));
	setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, &mr, 4);
	setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, UNMAPPED, sizeof(mr));
	mrn.imr_multiaddr.s_addr = inet_addr("224.0.0.252");
	mrn.imr_address.s_addr = htonl(INADDR_ANY);
	mrn.imr_ifindex = 1;
	setsockopt(s, SOL_IP, IP_ADD_MEMBERSHIP, &mrn, sizeof(mrn));
	setsockopt(s, SOL_IP, IP_DROP_MEMBERSHIP, &mrn, sizeof(mrn));
	ifa.s_addr = htonl(INADDR_LOOPBACK);
	setsockopt(s, SOL_IP, IP_MULTICAST_IF, &ifa, sizeof(ifa));
	setsockopt(s, SOL_IP, IP_MULTICAST_IF, &mrn, sizeof(mrn));
	setsockopt(s, SOL_IP, IP_MULTICAST_TTL, &one, sizeof(one));
	setsockopt(s, SOL_IP, IP_MULTICAST_LOOP, &one, sizeof(one));
	gr.gr_interface = 1;
	sin->sin_family = AF_INET;
	sin->sin_addr.s_addr = inet_addr("224.0.0.253");
	setsockopt(s, SOL_IP, MCAST_JOIN_GROUP, &gr, sizeof(gr));
	setsockopt(s, SOL_IP, MCAST_LEAVE_GROUP, &gr, sizeof(gr));
	setsockopt(s, SOL_IP, MCAST_JOIN_GROUP, &gr, 8);
	len = sizeof(val);
	getsockopt(s, SOL_IP, IP_MULTICAST_TTL, &val, &len);
	len = sizeof(val);
	getsockopt(s, SOL_IP, IP_TTL, &val, &len);
	setsockopt(s, SOL_IP, IP_PKTINFO, &one, sizeof(one));
	setsockopt(s, SOL_IP, IP_RECVERR, &one, sizeof(one));
	close(s);
}

static void ipv6(void)
{
	int s = socket(AF_INET6, SOCK_DGRAM, 0);
	struct ipv6_mreq mr = { 0 };
	struct group_req gr = { 0 };
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&gr.gr_group;
	int one = 1, val;
	socklen_t len;

	if (s < 0)
		return;
	inet_pton(AF_INET6, "ff02::fb", &mr.ipv6mr_multiaddr);
	mr.ipv6mr_interface = 1;
	setsockopt(s, SOL_IPV6, IPV6_ADD_MEMBERSHIP, &mr, sizeof(mr));
	setsockopt(s, SOL_IPV6, IPV6_DROP_MEMBERSHIP, &mr, sizeof(mr));
	setsockopt(s, SOL_IPV6, IPV6_ADD_MEMBERSHIP, &mr, 8);
	gr.gr_interface = 1;
	sin6->sin6_family = AF_INET6;
	inet_pton(AF_INET6, "ff02::fc", &sin6->sin6_addr);
	setsockopt(s, SOL_IPV6, MCAST_JOIN_GROUP, &gr, sizeof(gr));
	setsockopt(s, SOL_IPV6, MCAST_LEAVE_GROUP, &gr, sizeof(gr));
	setsockopt(s, SOL_IPV6, IPV6_JOIN_ANYCAST, &mr, sizeof(mr));
	gr.gr_interface = 0;
	setsockopt(s, SOL_IPV6, MCAST_JOIN_GROUP, &gr, sizeof(gr));
	setsockopt(s, SOL_IPV6, MCAST_JOIN_GROUP, UNMAPPED, sizeof(gr));
	setsockopt(s, SOL_IPV6, IPV6_V6ONLY, &one, sizeof(one));
	setsockopt(s, SOL_IPV6, IPV6_MULTICAST_HOPS, &one, sizeof(one));
	setsockopt(s, SOL_IPV6, IPV6_RECVPKTINFO, &one, sizeof(one));
	len = sizeof(val);
	getsockopt(s, SOL_IPV6, IPV6_V6ONLY, &val, &len);
	close(s);
}

static void sock(void)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	struct linger l = { 1, 5 };
	struct timeval tv = { 3, 500000 };
	struct sock_filter code[] = {
		BPF_STMT(BPF_RET | BPF_K, 0xffff),
	};
	struct sock_fprog prog = { 1, code };
	int one = 1, val = 0;
	socklen_t len;

	setsockopt(s, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
	len = sizeof(l);
	getsockopt(s, SOL_SOCKET, SO_LINGER, &l, &len);
	len = 4;
	getsockopt(s, SOL_SOCKET, SO_LINGER, &l, &len);
	len = 6;
	getsockopt(s, SOL_SOCKET, SO_LINGER, &l, &len);
	len = 2;
	getsockopt(s, SOL_SOCKET, SO_LINGER, &l, &len);
	len = 8;
	getsockopt(s, SOL_SOCKET, SO_LINGER, UNMAPPED, &len);
	len = 0;
	getsockopt(s, SOL_SOCKET, SO_LINGER, &l, &len);
	setsockopt(s, SOL_SOCKET, SO_LINGER, &l, 6);
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, 4);
	len = sizeof(tv);
	getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, &len);
	len = sizeof(tv);
	getsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, &len);
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	setsockopt(s, SOL_SOCKET, SO_DETACH_FILTER, &one, sizeof(one));
	setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof(one));
	setsockopt(s, SOL_SOCKET, SO_BROADCAST, &one, sizeof(one));
	setsockopt(s, SOL_SOCKET, SO_PRIORITY, &one, sizeof(one));
	setsockopt(s, SOL_SOCKET, SO_RCVLOWAT, &one, sizeof(one));
	len = sizeof(val);
	getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &val, &len);
	len = sizeof(val);
	getsockopt(s, SOL_SOCKET, SO_DOMAIN, &val, &len);
	len = sizeof(val);
	getsockopt(s, SOL_SOCKET, SO_PROTOCOL, &val, &len);
	len = sizeof(val);
	getsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, &val, &len);
	val = 60;
	setsockopt(s, SOL_TCP, TCP_KEEPIDLE, &val, sizeof(val));
	setsockopt(s, SOL_TCP, TCP_KEEPINTVL, &val, sizeof(val));
	setsockopt(s, SOL_TCP, TCP_KEEPCNT, &one, sizeof(one));
	setsockopt(s, SOL_TCP, TCP_NODELAY, &one, sizeof(one));
	setsockopt(s, SOL_TCP, TCP_QUICKACK, &one, sizeof(one));
	setsockopt(s, SOL_TCP, TCP_USER_TIMEOUT, &val, sizeof(val));
	setsockopt(s, SOL_TCP, TCP_CONGESTION, "cubic", 5);
	setsockopt(s, SOL_TCP, TCP_CONGESTION, "nosuchcc", 8);
	len = sizeof(val);
	getsockopt(s, SOL_TCP, TCP_MAXSEG, &val, &len);
	len = sizeof(val);
	getsockopt(s, SOL_TCP, TCP_KEEPIDLE, &val, &len);
	{
		char cc[16];
		len = sizeof(cc);
		getsockopt(s, SOL_TCP, TCP_CONGESTION, cc, &len);
	}
	close(s);
}

int main(void)
{
	ipv4();
	ipv6();
	sock();
	return 0;
}
