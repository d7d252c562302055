package dev.anneal.spec;

/**
 * A scheduler of {@code torch.optim.lr_scheduler}, with its constructor's own argument names and
 * defaults. Its value at step {@code k} is what PyTorch's optimizer holds after {@code k} calls of
 * {@code scheduler.step()}, starting from the file's {@code base_lr}, quirks included. A torch node
 * has no duration of its own: inside a native {@link Sequence} it can only be the last part.
 *
 * {@snippet class=dev.anneal.ApiExamplesTest region=torch}
 */
public sealed interface TorchNode extends Node
    permits StepLR, MultiStepLR, ConstantLR, LinearLR, ExponentialLR, PolynomialLR,
        CosineAnnealingLR, CosineAnnealingWarmRestarts, CyclicLR, OneCycleLR, SequentialLR,
        ChainedScheduler {}
