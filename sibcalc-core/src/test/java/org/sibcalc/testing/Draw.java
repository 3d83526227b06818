package org.sibcalc.testing;

import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Choices drawn from QuickTheories' randomness, each shrinking towards its simplest value, so that a
 * generator can be written as plain code and a failing example still shrinks.
 */
public final class Draw {

    private final RandomnessSource in;

    public Draw(RandomnessSource in) {
        this.in = in;
    }

    /** A generator that makes each example with a fresh {@code Draw}, described by its {@code toString}. */
    public static <T> Gen<T> gen(Function<Draw, T> make) {
        Gen<T> gen = in -> make.apply(new Draw(in));
        return gen.describedAs(Object::toString);
    }

    /** A number from 0 to {@code max}, both inclusive; shrinks towards 0. */
    public int upTo(int max) {
        return max <= 0 ? 0 : Generate.range(0, max).generate(in);
    }

    /** A number from {@code min} to {@code max}, both inclusive; shrinks towards {@code min}. */
    public int between(int min, int max) {
        return min + upTo(max - min);
    }

    /** True about {@code percent} times in a hundred; shrinks towards false. */
    public boolean sometimes(int percent) {
        return upTo(99) >= 100 - percent;
    }

    /** One of the options; shrinks towards the first. */
    public <T> T oneOf(List<T> options) {
        return options.get(upTo(options.size() - 1));
    }
}
