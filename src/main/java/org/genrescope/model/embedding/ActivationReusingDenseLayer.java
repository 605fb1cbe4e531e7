package org.genrescope.model.embedding;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@link DenseLayer} that, for a ReLU or identity activation, does not compute its pre-activation a second
 * time for backpropagation but hands the backward pass the activation of its forward pass.
 *
 * <p>Why: DL4J's {@code BaseLayer.backpropGradient} recomputes {@code z = xW + b} (a matrix product and a
 * broadcast bias add) although the forward pass of the same step computed it; for the study's network that is
 * three of the step's seven dense products (docs/benchmarks-autoencoder.md). The backward pass only needs
 * {@code f'(z)}: for ReLU, {@code f'(z) = [z > 0] = [relu(z) > 0]}, and DL4J's ReLU derivative reads its input only
 * through that comparison (it writes into a new array, leaving the activation the next layer used intact); for the
 * identity {@code f(z) = z}. So the gradient is DL4J's bit for bit. Any other activation, a dropout, weight noise,
 * a layer norm, or a backward pass on an input other than the last training forward pass's, is DL4J's own
 * computation.
 */
final class ActivationReusingDenseLayer extends DenseLayer {
    /**
     * Backward passes that took the forward activation, over the JVM's life: lets a test tell the reused path from
     * DL4J's own, which give the same weights (an uncontended increment per layer and step).
     */
    static final java.util.concurrent.atomic.AtomicLong REUSED_BACKWARD_PASSES = new java.util.concurrent.atomic.AtomicLong();

    /** For DL4J's configuration cloning and JSON. */
    ActivationReusingDenseLayer() {
    }

    /**
     * The configuration {@code built}, instantiated as this layer: every field copied, because DL4J's
     * {@code DenseLayer(Builder)} constructor is private (its {@code OutputLayer}'s is not).
     *
     * @throws IllegalStateException if the JVM refuses the reflective copy (it does not on the class path)
     */
    static ActivationReusingDenseLayer of(DenseLayer built) {
        ActivationReusingDenseLayer layer = new ActivationReusingDenseLayer();
        try {
            for (Class<?> type = DenseLayer.class; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        field.set(layer, field.get(built));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot copy DL4J's dense layer configuration", e);
        }
        return layer;
    }

    /** Whether the activation's derivative can be read from the activation as DL4J reads it from the pre-activation. */
    static boolean reusable(IActivation activation) {
        return activation instanceof ActivationIdentity
                || activation instanceof ActivationReLU relu && relu.equals(new ActivationReLU());
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray params, boolean initializeParams, DataType dataType) {
        // As DenseLayer.instantiate, with this package's implementation.
        LayerValidation.assertNInNOutSet("DenseLayer", getLayerName(), index, getNIn(), getNOut());
        return LayerWiring.wire(new Implementation(conf, dataType), conf, listeners, index, params,
                initializeParams, initializer());
    }

    /** The layer itself: DL4J's dense layer keeping its last training activation for the backward pass. */
    static final class Implementation extends org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer {
        private INDArray lastActivation;
        private INDArray lastInput;

        Implementation(NeuralNetConfiguration conf, DataType dataType) {
            super(conf, dataType);
        }

        @Override
        public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
            INDArray activation = super.activate(training, workspaceMgr);
            boolean keep = training && reusable(layerConf().getActivationFn()) && layerConf().getIDropout() == null
                    && layerConf().getWeightNoise() == null && !hasLayerNorm() && maskArray == null;
            lastActivation = keep ? activation : null;
            lastInput = keep ? input : null;
            return activation;
        }

        @Override
        protected Pair<INDArray, INDArray> preOutputWithPreNorm(boolean training, boolean forBackprop,
                                                               LayerWorkspaceMgr workspaceMgr) {
            INDArray kept = lastActivation;
            if (forBackprop && kept != null && input == lastInput && !kept.wasClosed()) {
                lastActivation = null;
                lastInput = null;
                REUSED_BACKWARD_PASSES.incrementAndGet();
                // (pre-activation, pre-norm pre-activation): equal without a layer norm, as in BaseLayer.
                return new Pair<>(kept, kept);
            }
            return super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
        }
    }
}
