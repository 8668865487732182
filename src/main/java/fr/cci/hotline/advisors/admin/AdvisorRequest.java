package fr.cci.hotline.advisors.admin;

import fr.cci.hotline.advisors.directory.AdvisorDescription;
import fr.cci.hotline.advisors.directory.AdvisorFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An advisor as the admin API receives it. The id is required when creating and must match the path
 * (or be left out) when changing; {@code active} left out keeps the advisor as they are.
 */
@Schema(name = "AdvisorRequest")
record AdvisorRequest(
    @Schema(example = "adv111")
        @NotBlank(groups = OnCreate.class, message = "{advisors.invalid.id}")
        @Pattern(regexp = AdvisorFormats.ID, message = "{advisors.invalid.id}")
        String id,
    @Schema(example = "Hélène Martin")
        @NotBlank(message = "{advisors.invalid.name}")
        @Size(max = 100, message = "{advisors.invalid.name}")
        String name,
    @Schema(example = "caen") @NotBlank(message = "{advisors.invalid.chamber}") String chamber,
    @Schema(example = "PJSIP/adv111")
        @NotBlank(message = "{advisors.invalid.phone}")
        @Pattern(regexp = AdvisorFormats.PHONE, message = "{advisors.invalid.phone}")
        String phone,
    @Schema(example = "[\"14\"]") @NotEmpty(message = "{advisors.invalid.departments}")
        List<@NotBlank(message = "{advisors.invalid.departments}") String> departments,
    @Schema(example = "helene.martin")
        @Pattern(regexp = AdvisorFormats.USERNAME, message = "{advisors.invalid.username}")
        String username,
    Boolean active) {

  /** Validation group of the constraints that apply only when creating. */
  interface OnCreate {}

  AdvisorDescription description(String advisorId) {
    return new AdvisorDescription(advisorId, name, chamber, phone, departments, username);
  }
}
