package fr.cci.hotline.telephony;

/**
 * A place in the dialplan: extension {@code exten} of context {@code context}, entered at priority
 * 1. Where an originated call goes once answered, e.g. {@code hotline-callback} for a call-back.
 */
public record DialplanExtension(String context, String exten) {}
