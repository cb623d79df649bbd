package io.vectorprop.mlp;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Uses the Vector API the way another library in the same JVM might: the preferred float shape first, then
 * every other one. The Surefire execution "polluted-profiles" keeps {@link #run} interpreted, so the JDK's
 * own Vector API methods it calls are compiled on their own, with type profiles that first saw one vector
 * class and then the others (and with the class-check traps that follows). Kept apart from the test class
 * so that a JVM without the module never loads it.
 */
final class ProfilePolluter {
    private ProfilePolluter() {}

    static void pollute() throws InterruptedException {
        run(FloatVector.SPECIES_PREFERRED, 60_000);
        Thread.sleep(300); // let C2 compile the JDK helpers with the one-class profile
        for (VectorShape shape : new VectorShape[] {VectorShape.S_64_BIT, VectorShape.S_128_BIT,
                VectorShape.S_256_BIT, VectorShape.S_512_BIT}) {
            VectorSpecies<Float> s = FloatVector.SPECIES_PREFERRED.withShape(shape).check(float.class);
            if (s != FloatVector.SPECIES_PREFERRED) {
                run(s, 20_000);
            }
        }
    }

    static float run(VectorSpecies<Float> s, int n) {
        float[] a = new float[64], b = new float[64];
        for (int i = 0; i < n; i++) {
            FloatVector x = FloatVector.fromArray(s, a, 0);
            FloatVector y = FloatVector.broadcast(s, 1f);
            FloatVector z = y.fma(x, FloatVector.zero(s)).add(x).mul(y).max(x);
            // The operations of the activations, losses and optimizers too (each has its own JDK helpers).
            FloatVector e = z.abs().neg().lanewise(VectorOperators.EXP).min(y).sub(x);
            e = e.blend(1f, z.compare(VectorOperators.GE, 0f)).div(e.add(2f)).lanewise(VectorOperators.LOG1P);
            z = e.lanewise(VectorOperators.TANH).add(z.sqrt()).add(z.reduceLanes(VectorOperators.MAX));
            // ... and their forms with a scalar operand, which broadcast it inside the JDK.
            z = z.max(0f).min(20f).mul(2f).add(1f).sub(0.5f).div(3f).fma(2f, 1f).blend(1f, x.lt(0.5f).not());
            z = z.add(x.reduceLanes(VectorOperators.ADD));
            z.intoArray(b, 0);
        }
        return b[0];
    }
}
