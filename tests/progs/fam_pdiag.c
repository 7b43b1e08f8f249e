/*
 * fam_pdiag.c: packet_diag messages, traced in tests/integration/netlink.cmake. A dump
 * request for the packet sockets asking for everything, one with unknown bits only, then
 * replies as the kernel writes them (struct packet_diag_msg and each PACKET_DIAG_*
 * attribute, some cut short), sent rather than received: the kernel ignores a message that
 * is not a request, and a real dump would list whatever packet sockets the machine has.
 * Nothing is read back; the netlink socket binds to a fixed port id.
 */
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/netlink.h>
#include <linux/packet_diag.h>
#include <linux/sock_diag.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char buf[1024];
static size_t len;

static void start(unsigned flags)
{
	struct nlmsghdr h = { 0, SOCK_DIAG_BY_FAMILY, flags, 1, 0 };

	memset(buf, 0, sizeof(buf));
	memcpy(buf, &h, sizeof(h));
	len = NLMSG_HDRLEN;
}

static void put(const void *v, size_t n)
{
	memcpy(buf + len, v, n);
	len += n;
}

static void attr(unsigned type, const void *v, size_t n)
{
	struct nlattr a = { (uint16_t)(NLA_HDRLEN + n), (uint16_t)type };

	put(&a, sizeof(a));
	put(v, n);
	len = NLA_ALIGN(len);
}

static void send_it(int nl)
{
	((struct nlmsghdr *)buf)->nlmsg_len = len;
	send(nl, buf, len, MSG_DONTWAIT);
}

static void requests(int nl)
{
	struct packet_diag_req r = {
		.sdiag_family = AF_PACKET, .sdiag_protocol = 3, .pdiag_ino = 1234,
		.pdiag_show = PACKET_SHOW_INFO | PACKET_SHOW_MCLIST | PACKET_SHOW_RING_CFG |
			      PACKET_SHOW_FANOUT | PACKET_SHOW_MEMINFO | PACKET_SHOW_FILTER,
		.pdiag_cookie = { 5, 6 },
	};

	start(NLM_F_REQUEST | NLM_F_DUMP);
	put(&r, sizeof(r));
	send_it(nl);
	r.pdiag_show = 0x1c0;
	r.sdiag_protocol = 0x88;
	start(NLM_F_REQUEST);
	put(&r, sizeof(r));
	send_it(nl);
}

static void replies(int nl)
{
	struct packet_diag_msg m = { AF_PACKET, SOCK_RAW, 0x0300, 4321, { 7, 8 } };
	struct packet_diag_info info = { 1, 2, 3, 4, 5, 0x1f };
	struct packet_diag_mclist mc = { 1, 2, 1, 6, { 0x01, 0x00, 0x5e, 0, 0, 1 } };
	struct packet_diag_ring ring = { 4096, 2, 2048, 4, 10, 0, 1 };
	struct sock_filter insns[] = {
		BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 12),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, ETH_P_IP, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, 0xffff),
	};
	uint32_t fanout = 0x12345, uid = 1000, mem[9] = { 0, 1, 2, 3, 4, 5, 6, 7, 8 };
	struct packet_diag_mclist two[2] = { mc, mc };

	start(NLM_F_MULTI);
	put(&m, sizeof(m));
	attr(PACKET_DIAG_INFO, &info, sizeof(info));
	attr(PACKET_DIAG_MCLIST, two, sizeof(two));
	attr(PACKET_DIAG_RX_RING, &ring, sizeof(ring));
	attr(PACKET_DIAG_TX_RING, &ring, sizeof(ring));
	attr(PACKET_DIAG_FANOUT, &fanout, sizeof(fanout));
	attr(PACKET_DIAG_UID, &uid, sizeof(uid));
	attr(PACKET_DIAG_MEMINFO, mem, sizeof(mem));
	attr(PACKET_DIAG_FILTER, insns, sizeof(insns));
	attr(PACKET_DIAG_FILTER + 1, "\1\2\3\4", 4);
	send_it(nl);

	/* unknown version, flags and protocol; attributes shorter than their structs */
	m.pdiag_type = SOCK_DGRAM;
	m.pdiag_num = 0xdd86;
	info.pdi_version = 7;
	info.pdi_flags = 0x40;
	start(NLM_F_MULTI);
	put(&m, sizeof(m));
	attr(PACKET_DIAG_INFO, &info, sizeof(info));
	attr(PACKET_DIAG_INFO, &info, 3);
	attr(PACKET_DIAG_MCLIST, &mc, sizeof(mc) + 6);
	attr(PACKET_DIAG_RX_RING, &ring, 10);
	attr(PACKET_DIAG_FILTER, insns, 12);
	attr(PACKET_DIAG_FILTER, insns, 6);
	attr(PACKET_DIAG_MEMINFO, mem, 6);
	send_it(nl);

	/* a message shorter than struct packet_diag_msg */
	start(NLM_F_MULTI);
	put(&m, 10);
	send_it(nl);
}

int main(void)
{
	struct sockaddr_nl a = { .nl_family = AF_NETLINK, .nl_pid = 4243 };
	int nl = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);

	if (nl < 0 || bind(nl, (struct sockaddr *)&a, sizeof(a)) < 0) {
		perror("netlink");
		return 1;
	}
	requests(nl);
	replies(nl);
	close(nl);
	return 0;
}
