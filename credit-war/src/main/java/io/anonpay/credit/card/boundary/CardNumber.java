package io.anonpay.credit.card.boundary;

import io.anonpay.credit.card.control.CardNumbers;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A card number as people type it: 12 to 19 digits (spaces and hyphens allowed) with a valid check digit.
 * A typo is caught here without asking the database; the message never repeats the number.
 */
@Documented
@Constraint(validatedBy = CardNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CardNumber {

    String message() default "must be a card number of 12 to 19 digits with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CardNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (value.length() <= 40 && CardNumbers.plausible(value));
        }
    }
}
