/* test_numset.c: the number sets and the one set-list parser, with each option's syntax. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "numset.h"

static int small_number(const char *w, uint64_t *n)
{
	char *end;
	long v = strtol(w, &end, 10);

	if (*end || end == w || v < 0 || v > 1000)
		return -1;
	*n = (uint64_t)v;
	return 0;
}

static struct numset set;

static void reset(void)
{
	numset_free(&set);
}

TestSuite(numset, .init = reset, .fini = reset);

static int parse(const char *spec, unsigned flags)
{
	struct list_syntax syn = {
		"descriptor", flags, number_set_word, number_set_all, number_set_invert,
	};
	struct number_set ns = { &set, small_number };

	numset_free(&set);
	return list_parse(spec, &syn, &ns);
}

Test(numset, add_grow_fill_invert)
{
	numset_add(&set, 3);
	numset_add(&set, 700);
	cr_expect(numset_has(&set, 3));
	cr_expect(numset_has(&set, 700));
	cr_expect(!numset_has(&set, 4));
	cr_expect(!numset_has(&set, 100000));
	cr_expect(!numset_has(&set, -1));
	numset_invert(&set);
	cr_expect(!numset_has(&set, 3));
	cr_expect(numset_has(&set, 4));
	cr_expect(numset_has(&set, 100000), "the numbers past the bitmap follow the inversion");
	numset_fill(&set, 0);
	cr_expect(!numset_has(&set, 4));
	cr_expect(!numset_has(&set, 100000));
	/* a set that holds everything keeps the new bitmap bytes full when it grows */
	numset_fill(&set, 1);
	numset_add(&set, 5000);
	cr_expect(numset_has(&set, 4000));
}

Test(numset, words_all_none_and_bangs)
{
	cr_assert_eq(parse("1,2", 0), 0);
	cr_expect(numset_has(&set, 1) && numset_has(&set, 2) && !numset_has(&set, 3));
	cr_assert_eq(parse("!1", 0), 0);
	cr_expect(!numset_has(&set, 1) && numset_has(&set, 2) && numset_has(&set, 99999));
	cr_assert_eq(parse("!!1", 0), 0, "two '!' cancel out");
	cr_expect(numset_has(&set, 1) && !numset_has(&set, 2));
	cr_assert_eq(parse("ALL", 0), 0);
	cr_expect(numset_has(&set, 12345));
	cr_assert_eq(parse("none", 0), 0);
	cr_expect(!numset_has(&set, 4));
	/* as strace 7.2: all and none are a whole list, never a word among others */
	cr_expect_eq(parse("none,4", 0), -1);
	cr_expect_eq(parse("4,all", 0), -1);
	cr_expect_eq(parse("all,", 0), -1);
}

Test(numset, per_option_syntax)
{
	cr_expect_eq(parse("!!1", LIST_ONE_BANG), -1, "read=: the second '!' is a bad word");
	cr_expect_eq(parse("!1", LIST_NO_BANG), -1, "decode-fds=: '!' is part of the word");
	cr_expect_eq(parse("ALL", LIST_EXACT_CASE), -1);
	cr_assert_eq(parse("all", LIST_EXACT_CASE), 0);
	cr_expect(numset_has(&set, 77));
	cr_expect_eq(parse("", 0), -1, "an empty list is an error by default");
	cr_assert_eq(parse("", LIST_EMPTY_OK), 0);
	cr_expect(!numset_has(&set, 0));
	cr_assert_eq(parse("!", LIST_ONE_BANG | LIST_EMPTY_OK), 0);
	cr_expect(numset_has(&set, 0), "'!' alone is everything where empty lists are sets");
}

Test(numset, word_sets)
{
	static const struct word_bits vocab[] = { { "a", 1 }, { "b", 2 }, { "ab", 3 }, { NULL, 0 } };
	struct list_syntax syn = { "thing", 0, word_set_word, word_set_all, word_set_invert };
	struct word_set ws = { vocab, 7, 0, 0 };

	cr_assert_eq(list_parse("A,b", &syn, &ws), 0);
	cr_expect_eq(ws.bits, 3u);
	ws.bits = 0;
	cr_assert_eq(list_parse("!a", &syn, &ws), 0);
	cr_expect_eq(ws.bits, 6u, "inverted within the bits of all");
	ws.bits = 0;
	ws.exact_case = 1;
	cr_expect_eq(list_parse("A", &syn, &ws), -1);
	cr_expect_eq(list_parse("c", &syn, &ws), -1);
}
