package org.precinct.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.precinct.records.index.GivenNameVariants;

/**
 * The names an officer types for a person whose name is known: with a typo (a letter dropped, doubled, swapped
 * with the next or struck next to it on the keyboard), spelled as it sounds (Smyth, Kathryn, Jonson), by a nickname
 * (Bob for Robert), with surname and given name swapped, or right. Each kind in a fixed share of the set.
 */
final class MisspelledNames {

    /** A name as typed, and how it was spelled wrong. */
    record Typed(String text, String kind) {}

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** Sound-alike spellings: each pair's first part is replaced by its second where it occurs. */
    private static final String[][] SOUNDS = {
        {"ph", "f"},
        {"ck", "k"},
        {"c", "k"},
        {"k", "c"},
        {"y", "i"},
        {"i", "y"},
        {"z", "s"},
        {"s", "z"},
        {"th", "t"},
        {"ie", "ey"},
        {"ey", "ie"},
        {"son", "sen"},
        {"sen", "son"},
        {"man", "mann"},
        {"ll", "l"},
        {"tt", "t"},
        {"nn", "n"},
        {"rr", "r"},
        {"l", "ll"},
        {"ou", "ow"},
        {"ee", "ea"},
        {"ei", "ie"},
        {"oe", "o"},
        {"gh", "g"},
        {"er", "ar"},
        {"ar", "er"},
        {"ay", "ey"},
        {"j", "g"},
        {"x", "ks"},
        {"w", "v"},
        {"v", "w"},
        {"ez", "es"},
        {"es", "ez"},
        {"ai", "ay"},
        {"au", "aw"},
        {"d", "t"},
        {"t", "d"},
        {"b", "p"},
        {"m", "n"}
    };

    private final GivenNameVariants variants = GivenNameVariants.standard();

    Typed misspell(String last, String first, Random random) {
        double kind = random.nextDouble();
        if (kind < 0.10) {
            return new Typed(write(last, first, random), "right");
        }
        if (kind < 0.45) {
            return random.nextDouble() < 0.7
                    ? new Typed(write(typo(last, random), first, random), "typo")
                    : new Typed(write(last, typo(first, random), random), "typo");
        }
        if (kind < 0.70) {
            String sounded = soundAlike(last, random);
            if (sounded.equalsIgnoreCase(last)) {
                sounded = soundAlike(first, random);
                return new Typed(write(last, sounded, random), "sound-alike");
            }
            return new Typed(write(sounded, first, random), "sound-alike");
        }
        if (kind < 0.85) {
            List<String> others = new ArrayList<>(variants.of(first));
            others.remove(first.toLowerCase(Locale.ROOT));
            if (!others.isEmpty()) {
                String nickname = others.get(random.nextInt(others.size()));
                return new Typed(write(last, capitalised(nickname), random), "nickname");
            }
            return new Typed(write(typo(last, random), first, random), "typo");
        }
        // Swapped: the given name typed where the surname goes.
        return new Typed(first + ", " + last, "swapped");
    }

    /** "Last, First" as patrol screens write it, or "First Last" as people say it. */
    private static String write(String last, String first, Random random) {
        return random.nextBoolean() ? last + ", " + first : first + " " + last;
    }

    static String typo(String word, Random random) {
        if (word.length() < 3) {
            return word + word.charAt(word.length() - 1);
        }
        StringBuilder text = new StringBuilder(word);
        // Anywhere in the word, the first letter included.
        int at = random.nextInt(word.length());
        switch (random.nextInt(4)) {
            case 0:
                text.deleteCharAt(at);
                break;
            case 1:
                text.insert(
                        at, at == 0 ? neighbour(Character.toLowerCase(text.charAt(0)), random) : text.charAt(at - 1));
                break;
            case 2:
                if (at < text.length() - 1) {
                    char here = text.charAt(at);
                    text.setCharAt(at, text.charAt(at + 1));
                    text.setCharAt(at + 1, here);
                } else {
                    text.deleteCharAt(at);
                }
                break;
            default:
                text.setCharAt(at, neighbour(Character.toLowerCase(text.charAt(at)), random));
                break;
        }
        return text.toString();
    }

    private static char neighbour(char key, Random random) {
        for (String row : KEYBOARD) {
            int index = row.indexOf(key);
            if (index >= 0) {
                if (index == 0) {
                    return row.charAt(1);
                }
                if (index == row.length() - 1) {
                    return row.charAt(index - 1);
                }
                return row.charAt(random.nextBoolean() ? index - 1 : index + 1);
            }
        }
        return 'e';
    }

    static String soundAlike(String word, Random random) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String[]> fitting = new ArrayList<>();
        for (String[] pair : SOUNDS) {
            // Not the first letter: officers hear a name's start clearly.
            if (lower.indexOf(pair[0], 1) > 0) {
                fitting.add(pair);
            }
        }
        if (fitting.isEmpty()) {
            return word;
        }
        String[] pair = fitting.get(random.nextInt(fitting.size()));
        int at = lower.indexOf(pair[0], 1);
        return capitalised(lower.substring(0, at) + pair[1] + lower.substring(at + pair[0].length()));
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
