/*
 * fam_pdiag.c: packet_diag, traced in tests/integration/netlink.cmake. A raw packet socket
 * on lo with a ring, a membership, a filter that drops every packet (its counters stay at
 * zero) and a fanout group, then a NETLINK_SOCK_DIAG dump of the packet sockets asking for
 * everything, and one asking with unknown bits only. The sockets live in the tracer's
 * network namespace: strace asks its own namespace which protocol a netlink socket has.
 * Other programs' packet sockets are listed too, the same in both runs; inodes and cookies
 * are new on every run (tests/compare.py masks them).
 */
#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <linux/packet_diag.h>
#include <linux/sock_diag.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int packet_socket(void)
{
	struct sock_filter insns[] = {
		BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 12),
		BPF_STMT(BPF_RET | BPF_K, 0),
	};
	struct sock_fprog prog = { 2, insns };
	struct packet_mreq mr = { .mr_ifindex = 1, .mr_type = PACKET_MR_PROMISC };
	struct tpacket_req ring = { 4096, 1, 2048, 2 };
	struct sockaddr_ll ll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_ALL),
				  .sll_ifindex = 1 };
	int version = TPACKET_V2, fanout = 0x3a1 | PACKET_FANOUT_HASH << 16;
	int s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));

	if (s < 0)
		return -1;
	setsockopt(s, SOL_PACKET, PACKET_VERSION, &version, sizeof(version));
	setsockopt(s, SOL_PACKET, PACKET_RX_RING, &ring, sizeof(ring));
	setsockopt(s, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mr, sizeof(mr));
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	bind(s, (struct sockaddr *)&ll, sizeof(ll));
	setsockopt(s, SOL_PACKET, PACKET_FANOUT, &fanout, sizeof(fanout));
	return s;
}

/* Asks for the packet sockets and reads the answers up to NLMSG_DONE. */
static void dump(int nl, unsigned show, unsigned seq)
{
	struct {
		struct nlmsghdr h;
		struct packet_diag_req r;
	} req = {
		{ sizeof(req), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, seq, 0 },
		{ .sdiag_family = AF_PACKET, .pdiag_show = show },
	};
	static unsigned char buf[16384];

	if (send(nl, &req, sizeof(req), 0) < 0)
		return;
	for (;;) {
		ssize_t n = recv(nl, buf, sizeof(buf), 0);
		struct nlmsghdr *h = (struct nlmsghdr *)buf;

		if (n < (ssize_t)sizeof(*h) || h->nlmsg_type == NLMSG_DONE ||
		    h->nlmsg_type == NLMSG_ERROR)
			break;
	}
}

int main(void)
{
	struct sockaddr_nl a = { .nl_family = AF_NETLINK, .nl_pid = 4242 };
	int s = packet_socket();
	int nl = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);

	if (s < 0 || nl < 0 || bind(nl, (struct sockaddr *)&a, sizeof(a)) < 0) {
		perror("socket");
		return 1;
	}
	dump(nl, PACKET_SHOW_INFO | PACKET_SHOW_MCLIST | PACKET_SHOW_RING_CFG |
	     PACKET_SHOW_FANOUT | PACKET_SHOW_MEMINFO | PACKET_SHOW_FILTER, 1);
	dump(nl, 0x1c0, 2);
	close(nl);
	close(s);
	return 0;
}
