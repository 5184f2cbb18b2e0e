package org.csi.dsl.validation;

import org.eclipse.xtext.service.OperationCanceledManager;

/**
 * Xtext catches every {@link Throwable} of a validator, logs it with its stack trace and goes on
 * to the next element; it first asks this manager whether to rethrow. A cancellation is rethrown
 * as Xtext does; so is an error of the virtual machine (out of memory, stack overflow), which no
 * validator can recover from: the front end then stops with one line instead of printing a stack
 * trace for every remaining element.
 */
public class FatalErrorsPropagated extends OperationCanceledManager {

	@Override
	public void propagateAsErrorIfCancelException(Throwable t) {
		if (t instanceof VirtualMachineError error) {
			throw error;
		}
		super.propagateAsErrorIfCancelException(t);
	}
}
