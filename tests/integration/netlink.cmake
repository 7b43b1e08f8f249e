# Netlink: tests/progs/fam_netlink (NETLINK_ROUTE requests about lo, NETLINK_SOCK_DIAG
# lookups of its own listeners, errors, malformed buffers) compared with strace plainly,
# with -v, -s 8, -X raw, -X verbose and -e verbose=none. The argument picks the port id and
# TCP port base, so cases running at once do not meet.
compare(fam_netlink CMD ${PROGS}/fam_netlink 47500)
compare(fam_netlink_v OPTS -v -e trace=!execve,fstat,newfstatat CMD ${PROGS}/fam_netlink 47510)
compare(fam_netlink_s8 OPTS -s 8 CMD ${PROGS}/fam_netlink 47520)
compare(fam_netlink_raw OPTS -X raw -e trace=sendto,recvfrom,recvmsg CMD ${PROGS}/fam_netlink 47530)
compare(fam_netlink_xverbose OPTS -X verbose -e trace=sendto,recvfrom,recvmsg CMD ${PROGS}/fam_netlink 47540)
compare(fam_netlink_terse OPTS -e verbose=none -e trace=!execve CMD ${PROGS}/fam_netlink 47550 route)

# ip(8) about loopback, its addresses, the routes and rules (iproute2, where installed).
# Its sequence numbers come from time(NULL) and its second socket's port id is random:
# compare.py masks both.
find_program(IP_CMD ip PATHS /usr/sbin /sbin)
if(IP_CMD)
  compare(real_ip_link_lo CMD ${IP_CMD} link show lo)
  compare(real_ip_addr_lo CMD ${IP_CMD} addr show lo)
  compare(real_ip6_addr_lo CMD ${IP_CMD} -6 addr show lo)
  compare(real_ip_route CMD ${IP_CMD} route)
  compare(real_ip6_route CMD ${IP_CMD} -6 route)
  compare(real_ip_rule CMD ${IP_CMD} rule)
endif()
if(IP_CMD)
  # -d: the attributes newer than strace 6.1 (compare.py translates its numbers), -X verbose
  compare(real_ip_link_lo_details CMD ${IP_CMD} -d link show lo)
  compare(real_ip6_link_lo_xverbose OPTS -X verbose CMD ${IP_CMD} -6 -d link show lo)
endif()
if(IP_CMD)
  # The other rtnetlink headers ip(8) asks with: netconfmsg, ifaddrlblmsg, nhmsg.
  compare(real_ip_netconf CMD ${IP_CMD} netconf show dev lo)
  compare(real_ip6_addrlabel CMD ${IP_CMD} addrlabel)
  compare(real_ip_nexthop CMD ${IP_CMD} nexthop)
  # if_stats_msg: filter_mask as 1<<IFLA_STATS_..., lo's counters (compare.py masks them)
  compare(real_ip_stats_lo CMD ${IP_CMD} stats show dev lo)
  compare(real_ip_stats_lo_xverbose OPTS -X verbose CMD ${IP_CMD} stats show dev lo)
endif()
# tc(8): tcmsg with TCA_* attributes and TCA_STATS2's nested statistics (lo's noqueue qdisc
# counts nothing, so both runs see the same numbers).
find_program(TC_CMD tc PATHS /usr/sbin /sbin)
if(TC_CMD)
  compare(real_tc_qdisc_lo CMD ${TC_CMD} -s qdisc show dev lo)
endif()

# Generic netlink (strace 7.2; 6.1 printed nlctrl's attributes as bytes): nlctrl messages
# describing families, whose operations are named by the family described (ethtool's by
# direction), CTRL_CMD_GETPOLICY's attributes, another family's unnamed attributes; the
# program prints what it expects (tests/expect.py), the kernel's error answers included.
expect(genl_nlctrl OPTS -e trace=sendto,recvfrom CMD ${PROGS}/fam_genl 48100)
expect(genl_nlctrl_v OPTS -v -e trace=sendto,recvfrom CMD ${PROGS}/fam_genl 48110)
# The same from real programs: genl(8) lists the families and nlctrl's policy, ip(8) asks
# the MPTCP path manager (a family of its own: {cmd, version} and unnamed attributes).
find_program(GENL_CMD genl PATHS /usr/sbin /sbin)
if(GENL_CMD)
  compare(real_genl_ctrl_list CMD ${GENL_CMD} ctrl list)
  compare(real_genl_ctrl_list_v OPTS -v CMD ${GENL_CMD} ctrl list)
  compare(real_genl_ctrl_policy CMD ${GENL_CMD} ctrl policy name nlctrl)
endif()
if(IP_CMD)
  compare(real_ip_mptcp_limits CMD ${IP_CMD} mptcp limits)
  compare(real_ip_mptcp_endpoint CMD ${IP_CMD} mptcp endpoint show)
endif()
# packet_diag: requests and replies (sent, not received: a real dump would list the
# machine's packet sockets), short attributes; the filter's instructions under -v.
compare(fam_pdiag CMD ${PROGS}/fam_pdiag)
compare(fam_pdiag_v OPTS -v CMD ${PROGS}/fam_pdiag)
compare(fam_pdiag_xverbose OPTS -X verbose CMD ${PROGS}/fam_pdiag)
# bridge(8) asks for the forwarding database with a struct ifinfomsg
find_program(BRIDGE_CMD bridge PATHS /usr/sbin /sbin)
if(BRIDGE_CMD)
  compare(real_bridge_fdb CMD ${BRIDGE_CMD} fdb show dev lo)
endif()
# rtnetlink attributes ip(8) shows only on a configured machine: nexthop groups, a
# neighbour's extended flags, unnamed routing tables, bridge's RTM_GETNEIGH (messages the
# kernel ignores: no NLM_F_REQUEST).
compare(fam_rtnl72 CMD ${PROGS}/fam_rtnl72)
compare(fam_rtnl72_v OPTS -v -X verbose CMD ${PROGS}/fam_rtnl72)
