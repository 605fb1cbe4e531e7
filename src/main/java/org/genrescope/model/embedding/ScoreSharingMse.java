package org.genrescope.model.embedding;

import java.util.OptionalDouble;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * DL4J's mean squared error ({@link LossMSE}), computing a minibatch's score in the same pass as its gradient.
 *
 * <p>Why: in a training step DL4J's output layer asks the loss for the gradient and then, separately, for the
 * score, which {@link LossMSE} computes from scratch (a copy, the activation, a subtraction, a square and a sum:
 * five native operations). For the study's 8-5-8 network a step is about 34 such operations, each costing
 * overhead rather than arithmetic (docs/benchmarks-autoencoder.md), so the score is a sixth of the step. Here
 * {@link #computeGradient} also sums the squared error it has already formed (one reduction), and the
 * {@link #computeScore} that DL4J's {@code MultiLayerNetwork.computeGradientAndScore} calls next, with the same
 * labels array, returns it ({@link ScoreSharingOutputLayer} takes it before even computing the layer again).
 *
 * <p>The gradient is computed by the same operations in the same order as {@link LossMSE}'s, so weights are bit
 * for bit those of {@link LossMSE}. The score is the same quantity summed in another order (float rounding in the
 * last digits). Any other call (masks, weights, other labels, a score without a gradient first) is {@link
 * LossMSE}'s own. One instance per network, used by one thread (a training).
 */
final class ScoreSharingMse extends LossMSE {
    private transient INDArray gradientLabels;
    private transient double gradientSquaredError;

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        gradientLabels = null;
        if (mask != null || getWeights() != null || !labels.equalShapes(preOutput)
                || labels.dataType() != preOutput.dataType()) {
            return super.computeGradient(labels, preOutput, activationFn, mask);
        }
        // LossL2.computeGradient then LossMSE's division, with the squared error read in between.
        INDArray output = activationFn.getActivation(preOutput.dup(), true);
        INDArray dLda = output.subi(labels);
        gradientSquaredError = Nd4j.getExecutioner().exec(new SquaredNorm(dLda)).getDouble(0);
        dLda.muli(2);
        INDArray gradients = activationFn.backprop(preOutput, dLda).getFirst();
        gradientLabels = labels;
        return gradients.divi(labels.size(1));
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
                               boolean average) {
        OptionalDouble shared = mask == null ? takeSharedScore(labels) : OptionalDouble.empty();
        if (shared.isEmpty()) {
            gradientLabels = null;
            return super.computeScore(labels, preOutput, activationFn, mask, average);
        }
        return average ? shared.getAsDouble() / labels.size(0) : shared.getAsDouble();
    }

    /**
     * The score ({@code average} false: the sum over the minibatch of each row's mean squared error) that the
     * last {@link #computeGradient} formed, if it was for {@code labels}; taken once.
     */
    OptionalDouble takeSharedScore(INDArray labels) {
        if (labels == null || labels != gradientLabels) {
            gradientLabels = null;
            return OptionalDouble.empty();
        }
        gradientLabels = null;
        return OptionalDouble.of(gradientSquaredError / labels.size(1));
    }

    @Override
    public String toString() {
        return "ScoreSharingMse()";
    }
}
