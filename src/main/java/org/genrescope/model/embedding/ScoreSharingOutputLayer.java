package org.genrescope.model.embedding;

import java.util.Collection;
import java.util.OptionalDouble;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@link OutputLayer} whose training-step score is the one its {@link ScoreSharingMse} loss formed with the
 * gradient, instead of a second forward pass through the layer.
 *
 * <p>Why: in {@code MultiLayerNetwork.computeGradientAndScore} DL4J computes the output layer's pre-activation
 * once for the gradient and again for the score (a matrix product and a broadcast bias add), then hands the
 * second to the loss; for the study's 8-5-8 network that is about a tenth of a step (docs/benchmarks-autoencoder.md).
 * With {@link ScoreSharingMse} the score is already known, so the second pass is skipped. Anything else (another
 * loss, a mask, a score asked without a gradient first) is DL4J's own computation. Weights are bit for bit those
 * of a plain {@link OutputLayer}; the score is {@link ScoreSharingMse}'s.
 */
final class ScoreSharingOutputLayer extends OutputLayer {

    /** For DL4J's configuration cloning and JSON. */
    ScoreSharingOutputLayer() {
    }

    /** The configuration built by {@code builder}, instantiated as this layer. */
    ScoreSharingOutputLayer(OutputLayer.Builder builder) {
        super(builder);
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int index,
                             INDArray params, boolean initializeParams, DataType dataType) {
        // As OutputLayer.instantiate, with this package's implementation.
        LayerValidation.assertNInNOutSet("OutputLayer", getLayerName(), index, getNIn(), getNOut());
        return LayerWiring.wire(new Implementation(conf, dataType), conf, listeners, index, params,
                initializeParams, initializer());
    }

    /** The layer itself: DL4J's output layer with the score taken from the loss when it has one. */
    static final class Implementation extends org.deeplearning4j.nn.layers.OutputLayer {
        Implementation(NeuralNetConfiguration conf, DataType dataType) {
            super(conf, dataType);
        }

        @Override
        public double computeScore(double fullNetRegTerm, boolean training, LayerWorkspaceMgr workspaceMgr) {
            if (layerConf().getLossFn() instanceof ScoreSharingMse loss && maskArray == null && input != null
                    && labels != null) {
                OptionalDouble shared = loss.takeSharedScore(getLabels2d(workspaceMgr, ArrayType.FF_WORKING_MEM));
                if (shared.isPresent()) {
                    // As BaseOutputLayer.computeScore: the loss's sum, the regularisation, per example.
                    double total = shared.getAsDouble() + fullNetRegTerm;
                    if (conf().isMiniBatch()) {
                        total /= getInputMiniBatchSize();
                    }
                    this.score = total;
                    return total;
                }
            }
            return super.computeScore(fullNetRegTerm, training, workspaceMgr);
        }
    }
}
