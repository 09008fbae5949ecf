package io.github.recordaccess.read;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the typed parameters of the API and the pages strictly: enums by exact name, {@code true|false} only, digits
 * only. A value that cannot be read is a 400 naming the parameter. A converter is handed the parameter's annotations
 * but not its name ({@code @RestQuery} is empty when the Java name is the parameter's), so each type here serves one
 * parameter name ({@link #NAMES}; {@code ParamConvertersTest} holds the resources to it), except Integer, whose
 * failures are named by Bean Validation.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    /** The one query (or path) parameter each named type is used for. */
    static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(AsOf.class, AsOf.NAME),
            Map.entry(HistoryFrom.class, HistoryFrom.NAME),
            Map.entry(HistoryTo.class, HistoryTo.NAME),
            Map.entry(OdsCode.class, OdsCode.NAME),
            Map.entry(OdsCodes.class, OdsCodes.NAME),
            Map.entry(NhsNumber.class, NhsNumber.NAME),
            Map.entry(Recommendation.class, WorklistQuery.RECOMMENDATION),
            Map.entry(Reason.class, WorklistQuery.REASON),
            Map.entry(AccessFlag.class, WorklistQuery.FLAG),
            Map.entry(ActionId.class, WorklistQuery.ACTION),
            Map.entry(BulkCoded104Param.class, WorklistQuery.BULK_CODED_104),
            Map.entry(ClinicalSystem.class, "system"),
            Map.entry(Boolean.class, "live"),
            Map.entry(AllowEmptyParam.class, AllowEmptyParam.NAME));

    private final Clock clock;

    public ParamConverters(Clock clock) {
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == AsOf.class) {
            return (ParamConverter<T>) converter(value -> new AsOf(day(AsOf.NAME, value)));
        }
        if (rawType == HistoryFrom.class) {
            return (ParamConverter<T>) converter(value -> new HistoryFrom(day(HistoryFrom.NAME, value)));
        }
        if (rawType == HistoryTo.class) {
            return (ParamConverter<T>) converter(value -> new HistoryTo(day(HistoryTo.NAME, value)));
        }
        if (rawType == OdsCode.class) {
            return (ParamConverter<T>) converter(OdsCode::parse);
        }
        if (rawType == NhsNumber.class) {
            return (ParamConverter<T>) converter(NhsNumber::parse);
        }
        if (rawType == OdsCodes.class) {
            return (ParamConverter<T>) converter(OdsCodes::parse);
        }
        if (rawType == BulkCoded104Param.class) {
            return (ParamConverter<T>) converter(BulkCoded104Param::parse);
        }
        if (rawType == AllowEmptyParam.class) {
            return (ParamConverter<T>) converter(AllowEmptyParam::parse);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(ParamConverters::bool);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(wholeNumber(annotations));
        }
        if (rawType.isEnum() && NAMES.containsKey(rawType)) {
            return (ParamConverter<T>) converter(value -> exactName(rawType, value));
        }
        return null;
    }

    /** Every day parameter, one rule ({@link Day}); today is Europe/London's (the clock's zone). */
    private Day day(String name, String value) {
        return Day.parse(name, value, LocalDate.now(clock));
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(NAMES.get(Boolean.class) + " must be true or false.");
        };
    }

    /**
     * Plain ASCII digits. Anything else reads as -1, and a number past Integer.MAX_VALUE as MAX_VALUE, so
     * the parameter's own {@code @Min}/{@code @Max} refuses it, with the parameter's name and range.
     */
    private static Function<String, Integer> wholeNumber(Annotation[] annotations) {
        boolean guarded = Arrays.stream(annotations).anyMatch(a -> a instanceof Min min && min.value() >= 0);
        if (!guarded) {
            throw new IllegalStateException(
                    "An Integer parameter needs @Min(0) or above: a value that is not a whole number reads as -1 for it to refuse.");
        }
        return value -> {
            if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return -1;
            }
            return value.length() > 10 ? Integer.MAX_VALUE : (int) Math.min(Long.parseLong(value), Integer.MAX_VALUE);
        };
    }

    private static <T> T exactName(Class<T> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> ((Enum<?>) c).name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(
                        NAMES.get(type) + " must be one of " + Arrays.toString(type.getEnumConstants()) + "."));
    }

    private static <T> ParamConverter<T> converter(Function<String, T> read) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null ? null : read.apply(value);
            }

            @Override
            public String toString(T value) {
                // Each value type's toString is its text as sent.
                return value == null ? null : value.toString();
            }
        };
    }
}
